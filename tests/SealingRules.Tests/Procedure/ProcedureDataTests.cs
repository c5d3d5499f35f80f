using SealingRules.Contract;
using SealingRules.Procedure;

using Xunit;

namespace SealingRules.Tests.Procedure;

/// <summary>The procedure files under rules/Procedure, tested as data: a clerk's review, automated.</summary>
public class ProcedureDataTests
{
    public static readonly TheoryData<string> Districts = ["N.D. Cal.", "C.D. Cal.", "S.D. Cal.", "E.D. Cal.", "D. Ariz.", "D. Nev.", "W.D. Wash.", "D. Or."];

    private static readonly HashSet<string> Flags = [.. Shapes.Filing.Fields.Where(f => f.Kind == ValueKind.Boolean).Select(f => f.Name)];
    private static readonly HashSet<string> Dates = [.. Shapes.Filing.Fields.Where(f => f.Kind == ValueKind.Date).Select(f => f.Name)];

    private static IEnumerable<DistrictProcedure> All => ProcedureBook.Shipped.Districts.Values.Append(ProcedureBook.Shipped.Federal);

    [Theory]
    [MemberData(nameof(Districts))]
    public void Each_district_has_a_file_with_four_requirements_of_its_own_rule_in_every_version(string court)
    {
        var district = ProcedureBook.Shipped.Districts[court];
        Assert.NotEmpty(district.Versions);
        foreach (var v in district.Versions)
            Assert.True(v.Requirements.Count(r => !r.Rule.StartsWith("Fed. R.", StringComparison.Ordinal)) >= 4, $"{court} from {v.From}: fewer than four requirements of its own rule");
    }

    [Fact]
    public void Every_requirement_is_complete_and_reads_only_known_facts()
    {
        foreach (var d in All)
            foreach (var v in d.Versions)
            {
                Assert.False(string.IsNullOrWhiteSpace(v.Rules));
                Assert.False(string.IsNullOrWhiteSpace(v.VersionSource));
                Assert.Equal(v.Requirements.Count, v.Requirements.Select(r => r.Id).Distinct().Count());
                foreach (var r in v.Requirements)
                {
                    var at = $"{d.Court}/{r.Id}";
                    Assert.False(string.IsNullOrWhiteSpace(r.Rule), at);
                    Assert.False(string.IsNullOrWhiteSpace(r.Text), at);
                    Assert.True(ProcedureBook.IsWhen(r.When), $"{r.Id}: unknown when '{r.When}'");
                    Assert.False(r.Fact is not null && r.Derive is not null, $"{at}: a fact or a derivation, not both");
                    if (r.Fact is not null) Assert.True(Flags.Contains(r.Fact), $"{at}: '{r.Fact}' is not a filing flag");
                    if (r.Derive is not null) Assert.Contains(r.Derive, ProcedureBook.Derivations);
                    if (r.Deadline is { } c)
                    {
                        Assert.True(Dates.Contains(c.From) && Dates.Contains(c.By), $"{at}: the deadline must name date facts");
                        Assert.InRange(c.Days, 1, 60);
                    }
                    if (r.Verified)
                    {
                        Assert.False(string.IsNullOrWhiteSpace(r.Source), $"{at}: verified without a source");
                        Assert.False(string.IsNullOrWhiteSpace(r.Read), $"{at}: verified without saying what was read");
                    }
                    else Assert.False(string.IsNullOrWhiteSpace(r.Verify), $"{at}: unverified without saying what to check");
                }
            }
    }

    [Fact]
    public void Versions_of_a_district_do_not_overlap()
    {
        foreach (var d in All)
        {
            var ordered = d.Versions.OrderBy(v => v.From ?? DateOnly.MinValue).ToList();
            for (var i = 1; i < ordered.Count; i++)
                Assert.True(ordered[i - 1].Until is { } until && until <= ordered[i].From, $"{d.Court}: versions from {ordered[i - 1].From} and {ordered[i].From} overlap");
        }
    }

    [Fact]
    public void Northern_district_procedure_changes_on_november_1_2021()
    {
        var nd = ProcedureBook.Shipped.Districts["N.D. Cal."];
        var before = nd.InForceOn(new DateOnly(2021, 10, 31))!;
        var after = nd.InForceOn(new DateOnly(2021, 11, 1))!;
        Assert.NotSame(before, after);
        // Before: the designating party had 4 days; after, 7.
        Assert.Contains(before.Requirements, r => r.Deadline is { Days: 4 });
        Assert.Contains(after.Requirements, r => r.Deadline is { Days: 7 });
    }

    [Fact]
    public void A_bad_file_is_refused_naming_it()
    {
        var e = Assert.Throws<InvalidDataException>(() => ProcedureBook.Parse("""{ "court": "X", "courtName": "X", "versions": [], "extra": 1 }""", "x.json"));
        Assert.StartsWith("x.json:", e.Message, StringComparison.Ordinal);
    }
}
