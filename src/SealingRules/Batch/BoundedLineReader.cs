using System.Text;

namespace SealingRules.Batch;

/// <summary>
/// Reads lines as <see cref="TextReader.ReadLine"/> does (a line ends at \n, \r or \r\n), but keeps at most
/// <c>maxChars + 1</c> characters of any line and reads past the rest: a line longer than a request may be is still
/// refused as too large, and one endless line cannot exhaust memory.
/// </summary>
internal sealed class BoundedLineReader(TextReader input, int maxChars, int bufferSize = 1 << 16)
{
    private readonly char[] _buffer = new char[bufferSize];
    private readonly StringBuilder _line = new();
    private int _start, _end;
    private bool _eof, _skipLineFeed;

    public async ValueTask<string?> ReadLineAsync(CancellationToken cancel)
    {
        _line.Clear();
        var started = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_eof || (_end = await input.ReadAsync(_buffer.AsMemory(), cancel)) == 0)
                {
                    _eof = true;
                    _start = _end = 0;
                    return started ? _line.ToString() : null;
                }
                _start = 0;
            }
            if (_skipLineFeed)
            {
                // The \n of a \r\n that a buffer boundary split.
                _skipLineFeed = false;
                if (_buffer[_start] == '\n' && ++_start == _end) continue;
            }
            started = true;
            var span = _buffer.AsSpan(_start, _end - _start);
            var stop = span.IndexOfAny('\r', '\n');
            var length = stop < 0 ? span.Length : stop;
            _line.Append(span[..Math.Min(length, maxChars + 1 - _line.Length)]);
            if (stop < 0)
            {
                _start = _end;
                continue;
            }
            _start += stop + 1;
            if (span[stop] == '\r')
            {
                if (_start < _end) { if (_buffer[_start] == '\n') _start++; }
                else _skipLineFeed = true;
            }
            return _line.ToString();
        }
    }
}
