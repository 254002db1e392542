using System.Text;

namespace Storyline.Ingest;

/// <summary>
/// A forward-only buffered reader over a stream for line-and-length formats (WARC): lines, exact
/// counts, skips, and pushing bytes back when a length header turns out to have lied. Reads never
/// hold more than one buffer plus what was pushed back.
/// </summary>
internal sealed class ByteSource(Stream stream, int bufferSize = 64 * 1024)
{
    private byte[] _buffer = new byte[bufferSize];
    private int _start;
    private int _end;

    /// <summary>Bytes consumed so far, pushed-back bytes subtracted.</summary>
    public long Position { get; private set; }

    /// <summary>True at the end of the stream.</summary>
    public bool AtEnd => _start == _end && !Fill();

    /// <summary>The next byte without consuming it, or -1 at the end.</summary>
    public int Peek() => AtEnd ? -1 : _buffer[_start];

    /// <summary>
    /// Reads one line (LF-terminated, CR dropped) as Latin-1 text; null at the end of the stream. A line
    /// longer than <paramref name="maxLength"/> is consumed whole but returned cut to that length.
    /// </summary>
    public string? ReadLine(int maxLength)
    {
        if (AtEnd)
        {
            return null;
        }

        var line = new StringBuilder();
        while (!AtEnd)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline >= 0 ? newline : span.Length;
            if (line.Length < maxLength)
            {
                line.Append(Encoding.Latin1.GetString(span[..Math.Min(take, maxLength - line.Length)]));
            }

            Consume(newline >= 0 ? newline + 1 : take);
            if (newline >= 0)
            {
                break;
            }
        }

        if (line.Length > 0 && line[^1] == '\r')
        {
            line.Length--;
        }

        return line.ToString();
    }

    /// <summary>Copies up to <paramref name="destination"/>.Length bytes; fewer only at the end of the stream.</summary>
    public int ReadExactly(Span<byte> destination)
    {
        var copied = 0;
        while (copied < destination.Length && !AtEnd)
        {
            var n = Math.Min(destination.Length - copied, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(destination[copied..]);
            Consume(n);
            copied += n;
        }

        return copied;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns how many were there.</summary>
    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count && !AtEnd)
        {
            var n = (int)Math.Min(count - skipped, _end - _start);
            Consume(n);
            skipped += n;
        }

        return skipped;
    }

    /// <summary>Puts bytes back in front of the stream: they are read again next.</summary>
    public void Unread(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return;
        }

        if (bytes.Length <= _start)
        {
            _start -= bytes.Length;
            bytes.CopyTo(_buffer.AsSpan(_start));
        }
        else
        {
            var pending = _end - _start;
            var merged = new byte[Math.Max(_buffer.Length, bytes.Length + pending)];
            bytes.CopyTo(merged);
            _buffer.AsSpan(_start, pending).CopyTo(merged.AsSpan(bytes.Length));
            _buffer = merged;
            _start = 0;
            _end = bytes.Length + pending;
        }

        Position -= bytes.Length;
    }

    private void Consume(int count)
    {
        _start += count;
        Position += count;
    }

    private bool Fill()
    {
        _start = 0;
        _end = 0;
        var n = stream.Read(_buffer, 0, _buffer.Length);
        _end = n;
        return n > 0;
    }
}
