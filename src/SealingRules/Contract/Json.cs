using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace SealingRules.Contract;

/// <summary>The contract's JSON spelling: camelCase fields, kebab-case enum values.</summary>
public static class Json
{
    /// <summary>The serializer settings of the contract: camelCase names, kebab-case enum values.</summary>
    public static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() },
        Converters = { new StringEnumConverter(new KebabCaseNamingStrategy()) },
        Formatting = Formatting.Indented,
    };

    /// <summary>Writes a value as the contract's JSON, indented or on one line.</summary>
    public static string Write(object value, bool indented = true)
        => JsonConvert.SerializeObject(value, indented ? Formatting.Indented : Formatting.None, Settings);
}
