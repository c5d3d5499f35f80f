using Newtonsoft.Json;

namespace SealingRules.Contract;

/// <summary>Why a request was refused, in the contract's error shape.</summary>
public sealed record ContractError(
    [property: JsonProperty("code")] string Code,
    [property: JsonProperty("message")] string Message,
    [property: JsonProperty("path", NullValueHandling = NullValueHandling.Ignore)] string? Path,
    [property: JsonProperty("line", NullValueHandling = NullValueHandling.Ignore)] int? Line,
    [property: JsonProperty("column", NullValueHandling = NullValueHandling.Ignore)] int? Column)
{
    /// <summary>The request is not valid JSON (comments, trailing commas and the like included).</summary>
    public const string InvalidJson = "invalid-json";
    /// <summary>A required field is missing.</summary>
    public const string MissingField = "missing-field";
    /// <summary>A field has the wrong type, an unknown value, or is not a field of the contract.</summary>
    public const string InvalidValue = "invalid-value";
    /// <summary>An id is used more than once.</summary>
    public const string DuplicateId = "duplicate-id";
    /// <summary>A reference names an id the request does not have.</summary>
    public const string UnknownReference = "unknown-reference";
    /// <summary>The schema version is not 1.</summary>
    public const string UnsupportedVersion = "unsupported-version";
    /// <summary>The request exceeds a limit (size, nesting, counts, string length).</summary>
    public const string TooLarge = "too-large";

    /// <summary>The error as the contract's JSON body: <c>{"error": {...}}</c>.</summary>
    public string ToJson() => JsonConvert.SerializeObject(new { error = this }, Formatting.None);
}

/// <summary>Thrown when a request does not follow the contract; nothing of it is evaluated.</summary>
public sealed class ContractException(ContractError error) : Exception(error.Message)
{
    /// <summary>What was wrong, and where.</summary>
    public ContractError Error { get; } = error;
}
