using System.Buffers.Binary;
using System.IO.Compression;

namespace Storyline.Ingest;

/// <summary>
/// Decompresses gzip (one member or many, as Common Crawl writes them) and notices a stream cut short:
/// <see cref="GZipStream"/> just ends early there, so at the end the trailer's ISIZE (the length of the
/// last member's output) is compared with what came out, and a mismatch throws
/// <see cref="InvalidDataException"/> like any other corrupt gzip.
/// </summary>
internal sealed class CheckedGzipStream : ForwardReadStream
{
    private readonly TailStream _compressed;
    private readonly GZipStream _gzip;
    private long _produced;
    private bool _checked;

    public CheckedGzipStream(Stream compressed)
    {
        _compressed = new TailStream(compressed);
        _gzip = new GZipStream(_compressed, CompressionMode.Decompress);
    }

    public override int Read(Span<byte> buffer)
    {
        var n = _gzip.Read(buffer);
        _produced += n;
        if (n == 0 && buffer.Length > 0 && !_checked)
        {
            _checked = true;
            var tail = _compressed.Tail;
            // ISIZE is the last member's size mod 2^32: never more than everything produced, which a cut stream's random tail usually is.
            if (tail.Length < 8 || BinaryPrimitives.ReadUInt32LittleEndian(tail[4..]) > (ulong)_produced % 0x1_0000_0000UL)
            {
                throw new InvalidDataException("gzip stream is cut short");
            }
        }

        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Passes reads through and remembers the last eight bytes.</summary>
    private sealed class TailStream(Stream inner) : ForwardReadStream
    {
        private readonly byte[] _tail = new byte[8];
        private int _tailLength;

        public ReadOnlySpan<byte> Tail => _tail.AsSpan(0, _tailLength);

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            if (n >= 8)
            {
                buffer.Slice(n - 8, 8).CopyTo(_tail);
                _tailLength = 8;
            }
            else if (n > 0)
            {
                var keep = Math.Min(_tailLength, 8 - n);
                _tail.AsSpan(_tailLength - keep, keep).CopyTo(_tail);
                buffer[..n].CopyTo(_tail.AsSpan(keep));
                _tailLength = keep + n;
            }

            return n;
        }

    }
}
