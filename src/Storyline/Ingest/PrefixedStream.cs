namespace Storyline.Ingest;

/// <summary>
/// A read-only stream that gives back bytes already read for sniffing and then the rest of the
/// source, so formats can be told apart on streams that cannot seek (standard input, gzip).
/// </summary>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream rest) : Stream
{
    private int _at;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

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

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

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

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
