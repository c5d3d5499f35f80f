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
    public const string InvalidJson = "invalid-json";
    public const string MissingField = "missing-field";
    public const string InvalidValue = "invalid-value";
    public const string DuplicateId = "duplicate-id";
    public const string UnknownReference = "unknown-reference";
    public const string UnsupportedVersion = "unsupported-version";
    public const string TooLarge = "too-large";

    /// <summary>The error as the contract's JSON body: <c>{"error": {...}}</c>.</summary>
    public string ToJson() => JsonConvert.SerializeObject(new { error = this }, Formatting.None);
}

/// <summary>Thrown when a request does not follow the contract; nothing of it is evaluated.</summary>
public sealed class ContractException(ContractError error) : Exception(error.Message)
{
    public ContractError Error { get; } = error;
}
