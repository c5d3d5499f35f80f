using System.Runtime.CompilerServices;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace SealingRules.Contract;

/// <summary>The contract's JSON spelling: camelCase fields, kebab-case enum values.</summary>
public static class Json
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() },
        Converters = { new StringEnumConverter(new KebabCaseNamingStrategy()) },
        Formatting = Formatting.Indented,
    };

    public static string Write(object value, bool indented = true)
        => JsonConvert.SerializeObject(value, indented ? Formatting.Indented : Formatting.None, Settings);

    /// <summary>
    /// Pays ahead the first-use cost of writing a type and all it holds (contracts by reflection, compiled getters,
    /// the writer's own code), by writing an empty instance of each. A cold CLI does it while the rules compile.
    /// Best effort: a failure here only means the real write pays that cost itself.
    /// </summary>
    public static void Prepare(Type root)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([root]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type)) continue;
            try
            {
                switch (Settings.ContractResolver!.ResolveContract(type))
                {
                    case JsonObjectContract o:
                        foreach (var p in o.Properties) pending.Push(p.PropertyType!);
                        Write(RuntimeHelpers.GetUninitializedObject(type));
                        break;
                    case JsonArrayContract { CollectionItemType: { } item }:
                        pending.Push(item);
                        break;
                }
            }
            catch (Exception) { /* see above: best effort */ }
        }
    }
}
