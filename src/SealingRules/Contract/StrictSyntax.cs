using System.Text;
using System.Text.Json;

namespace SealingRules.Contract;

/// <summary>
/// JSON as RFC 8259 defines it, and nothing more: no comments, no trailing commas, no single-quoted strings, no
/// unquoted names, no NaN or Infinity. Checked before the request is parsed, so a request the contract would refuse
/// elsewhere is not read leniently here. Errors say what is wrong in the project's words and where (1-based line
/// and column, in characters), never what the request contains.
/// </summary>
internal static class StrictSyntax
{
    /// <summary>Throws <see cref="ContractException"/> if <paramref name="json"/> is not strict JSON.</summary>
    public static void Check(string json, int maxDepth, string what = "the request")
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        // One level of headroom: the parser after this check names the path of a request nested too deep.
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        var complete = false;
        try
        {
            while (reader.Read())
                if (reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray
                        or JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null)
                    complete = true;
        }
        catch (JsonException e)
        {
            var offset = (int)Math.Min(reader.BytesConsumed, bytes.Length);
            var (line, column, at) = Position(bytes, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            if (at < bytes.Length && bytes[at] is (byte)'{' or (byte)'[' && reader.CurrentDepth >= maxDepth)
                throw RequestReader.Fail(ContractError.TooLarge, $"{what} nests deeper than {maxDepth} levels", null, line, column);
            throw RequestReader.Fail(ContractError.InvalidJson, Explain(bytes, at, offset, complete, what), null, line, column);
        }
    }

    // Utf8JsonReader counts lines from 0 and columns in bytes; the contract counts both from 1, columns in characters.
    private static (int Line, int Column, int At) Position(byte[] bytes, long line, long bytePosition)
    {
        var start = 0;
        for (long l = 0; l < line && start < bytes.Length; l++)
        {
            var next = Array.IndexOf(bytes, (byte)'\n', start);
            if (next < 0) break;
            start = next + 1;
        }
        var length = (int)Math.Min(bytePosition, bytes.Length - start);
        return ((int)line + 1, Encoding.UTF8.GetCharCount(bytes, start, length) + 1, start + length);
    }

    private static string Explain(byte[] bytes, int at, int consumed, bool complete, string what)
    {
        if (at >= bytes.Length) return $"{what} ends before its JSON is complete";
        if (complete && consumed <= at) return $"unexpected content after the end of {what}";
        var c = (char)bytes[at];
        switch (c)
        {
            case '/' or '#':
                return "comments are not allowed in JSON";
            case '\'':
                return "strings and names must be in double quotes, not single quotes";
            case '}' or ']' when PreviousSignificant(bytes, at) == ',':
                return "a comma may not follow the last member of an object or array";
            case ',' when PreviousSignificant(bytes, at) is ',' or '[' or '{':
                return "a comma must stand between two values";
            case '"' when PreviousSignificant(bytes, at) is not (',' or '[' or '{' or ':'):
                return "a comma or a colon is missing before this point";
        }
        if (Word(bytes, at) is { } word)
            return word switch
            {
                "NaN" or "Infinity" or "-Infinity" or "undefined" => "NaN, Infinity and undefined are not JSON values",
                _ when PreviousSignificant(bytes, at) is '{' or ',' => "names must be in double quotes",
                _ => "a value is not valid JSON (text must be in double quotes; true, false and null are lower case)",
            };
        if (c is '+' or '.' or '-' || char.IsAsciiDigit(c))
            return "a number is not valid JSON (no leading zeros, leading + or bare decimal point; digits must follow a point or exponent)";
        if (c < ' ') return "a string may not contain an unescaped control character (a line break inside quotes, a tab)";
        if (c == '\\') return "a string contains an escape that JSON does not define";
        return $"{what} is not valid JSON at this point";
    }

    private static char? PreviousSignificant(byte[] bytes, int at)
    {
        for (var i = at - 1; i >= 0; i--)
            if (bytes[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return (char)bytes[i];
        return null;
    }

    // A bare word where a value or name was expected (only syntax words are named back, never the request's text).
    private static string? Word(byte[] bytes, int at)
    {
        var end = bytes[at] == '-' ? at + 1 : at;
        if (end >= bytes.Length || !char.IsAsciiLetter((char)bytes[end])) return null;
        while (end < bytes.Length && (char.IsAsciiLetterOrDigit((char)bytes[end]) || bytes[end] == '_' || bytes[end] == '$')) end++;
        return Encoding.ASCII.GetString(bytes, at, end - at);
    }
}
