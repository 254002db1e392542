namespace Storyline.Ingest;

/// <summary>
/// A read-only stream that gives back bytes already read for sniffing and then the rest of the
/// source, so formats can be told apart on streams that cannot seek (standard input, gzip).
/// </summary>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream rest) : ForwardReadStream
{
    private int _at;

    /// <summary>Reads up to <paramref name="count"/> bytes from the start of <paramref name="source"/> and returns a stream over all of it.</summary>
    public static PrefixedStream Peek(Stream source, int count, out ReadOnlyMemory<byte> head)
    {
        var buffer = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            var n = source.Read(buffer, filled, count - filled);
            if (n == 0)
            {
                break;
            }

            filled += n;
        }

        head = buffer.AsMemory(0, filled);
        return new PrefixedStream(buffer, filled, source);
    }

    public override int Read(Span<byte> buffer)
    {
        if (_at < prefixLength)
        {
            var n = Math.Min(buffer.Length, prefixLength - _at);
            prefix.AsSpan(_at, n).CopyTo(buffer);
            _at += n;
            return n;
        }

        return rest.Read(buffer);
    }

}
