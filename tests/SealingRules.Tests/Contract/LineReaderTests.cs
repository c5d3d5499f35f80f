using SealingRules.Batch;
using Xunit;

namespace SealingRules.Tests.Contract;

/// <summary>Batch mode's line reader splits lines exactly as TextReader.ReadLine does, and cuts none but overlong ones.</summary>
public sealed class LineReaderTests
{
    [Fact]
    public async Task SplitsAsReadLine_WhereverTheBufferEnds()
    {
        var random = new Random(20261127);
        for (var n = 0; n < 2_000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => "ab\r\n"[random.Next(4)]).ToArray());
            var bufferSize = random.Next(1, 8);

            var lines = await ReadAll(new BoundedLineReader(new StringReader(text), int.MaxValue - 1, bufferSize));

            Assert.Equal(ReadLines(text), lines);
        }
    }

    [Fact]
    public async Task KeepsOneCharacterPastTheLimit_AndReadsOnToTheNextLine()
    {
        var text = "abc\r\n" + new string('x', 100) + "\n\r\nabcd\rab";

        var lines = await ReadAll(new BoundedLineReader(new StringReader(text), 3, 7));

        Assert.Equal(["abc", "xxxx", "", "abcd", "ab"], lines);
    }

    private static async Task<List<string>> ReadAll(BoundedLineReader reader)
    {
        var lines = new List<string>();
        while (await reader.ReadLineAsync(CancellationToken.None) is { } line) lines.Add(line);
        return lines;
    }

    private static List<string> ReadLines(string text)
    {
        var reader = new StringReader(text);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }
}
