namespace SealingRules.Contract;

/// <summary>
/// How a motion is filed (contract 1.x, "Pre-filing check"): the facts a procedure check reads. A flag absent from
/// <see cref="Flags"/> is one the request does not state; the check reports it unknown, never met.
/// </summary>
/// <param name="Flags">Each stated yes-or-no fact by its contract name (e.g. <c>proposedOrder</c>).</param>
/// <param name="Dates">Each stated date by its contract name (e.g. <c>motionFiled</c>).</param>
/// <param name="Items">Where each item sits in the filing, in the request's order.</param>
public sealed record Filing(
    IReadOnlyDictionary<string, bool> Flags,
    IReadOnlyDictionary<string, DateOnly> Dates,
    IReadOnlyList<FilingItem> Items)
{
    /// <summary>No filing facts at all: everything the check asks is unknown.</summary>
    public static readonly Filing None = new(new Dictionary<string, bool>(), new Dictionary<string, DateOnly>(), []);

    /// <summary>The stated value of a yes-or-no fact, or null when the request does not say.</summary>
    public bool? Flag(string name) => Flags.TryGetValue(name, out var v) ? v : null;

    /// <summary>The stated date, or null when the request does not say.</summary>
    public DateOnly? Date(string name) => Dates.TryGetValue(name, out var d) ? d : null;

    /// <summary>Counsel for the movant, for the signature block of the movant's proposed order; null when not given.</summary>
    public Counsel? Counsel { get; init; }

    /// <summary>The filing details of one item, if the request gives them.</summary>
    public FilingItem? Item(string itemId) => Items.FirstOrDefault(i => i.Id == itemId);
}

/// <summary>One item's place in the filing.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="Portions">The pages or lines sought to be sealed.</param>
/// <param name="Exhibit">The docket or exhibit number the court will use.</param>
public sealed record FilingItem(string Id, string? Portions, string? Exhibit)
{
    /// <summary>Where the declaration supporting the item says why, e.g. "Howe Decl. ¶¶ 4-6"; cited in the order's table.</summary>
    public string? Declaration { get; init; }
}

/// <summary>Counsel for the movant, as the first page of a pleading names them (every field optional).</summary>
/// <param name="Name">The attorney's name.</param>
/// <param name="Bar">The State Bar number.</param>
/// <param name="Firm">The firm or office.</param>
/// <param name="Address">The address, lines separated by newlines or semicolons.</param>
/// <param name="Phone">The telephone number.</param>
/// <param name="Email">The email address.</param>
/// <param name="AttorneysFor">Whom they represent, e.g. "Defendant Acme Corp."</param>
public sealed record Counsel(string? Name, string? Bar, string? Firm, string? Address, string? Phone, string? Email, string? AttorneysFor);
