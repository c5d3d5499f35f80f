using FsCheck.Fluent;
using SealingRules.Contract;
using SealingRules.Model;
using Xunit;

namespace SealingRules.Tests.Properties;

/// <summary>The generator speaks the contract: its values are the validator's, and every one of them is drawn.</summary>
public sealed class GeneratorTests
{
    public static TheoryData<string, string[], string[]> Enums() => new()
    {
        { "court", RequestArbitrary.Courts, Shapes.Courts.ToArray() },
        { "movant", RequestArbitrary.Movants, Shapes.ValuesOf<Movant>().ToArray() },
        { "underlyingFiling", RequestArbitrary.Filings, Shapes.ValuesOf<UnderlyingFiling>().ToArray() },
        { "relationToMerits", RequestArbitrary.MeritsRelations, Shapes.ValuesOf<MeritsRelation>().ToArray() },
        { "request", RequestArbitrary.RequestKinds, Shapes.ValuesOf<RequestKind>().ToArray() },
        { "traditionallySecret", RequestArbitrary.TraditionallySecret, Shapes.ValuesOf<TraditionallySecret>().ToArray() },
        { "designatedBy", RequestArbitrary.Designators, Shapes.ValuesOf<Designator>().ToArray() },
        { "publicInterest", RequestArbitrary.PublicInterests, Shapes.ValuesOf<PublicInterest>().ToArray() },
        { "information.kind", RequestArbitrary.InformationKinds, Shapes.ValuesOf<InformationKind>().ToArray() },
        { "about", RequestArbitrary.Subjects, Shapes.ValuesOf<Subject>().ToArray() },
        { "seniority", RequestArbitrary.Seniorities, Shapes.ValuesOf<Seniority>().ToArray() },
        { "channel", RequestArbitrary.Channels, Shapes.ValuesOf<Channel>().ToArray() },
        { "harm.kind", RequestArbitrary.HarmKinds, Shapes.ValuesOf<HarmKind>().ToArray() },
        { "showing", RequestArbitrary.Showings, Shapes.ValuesOf<Showing>().ToArray() },
        { "evidence", RequestArbitrary.Evidence, Shapes.ValuesOf<Evidence>().ToArray() },
        { "offeredBy", RequestArbitrary.OfferedBy, Shapes.ValuesOf<OfferedBy>().ToArray() },
    };

    [Theory]
    [MemberData(nameof(Enums))]
    public void ContractValues_AreTheValidatorsValues(string field, string[] contract, string[] validator)
    {
        Assert.True(contract.Order().SequenceEqual(validator.Order()), $"{field}: contract.md and Shapes differ");
    }

    [Fact]
    public void Generator_DrawsEveryValue_AndEveryShape()
    {
        var requests = RequestArbitrary.Request.Sample(1_000, new FsCheck.Rnd(20260125), 50);
        var items = requests.SelectMany(r => r.Motions.SelectMany(m => m.Items)).ToList();
        var infos = items.SelectMany(i => i.Information).ToList();
        var harms = items.SelectMany(i => i.Harms ?? []).ToList();

        void Covers(string field, IEnumerable<string?> drawn, string[] values)
            => Assert.True(values.ToHashSet().SetEquals(drawn.OfType<string>()), $"{field} does not reach every value");
        Covers("court", requests.Select(r => r.Court), RequestArbitrary.Courts);
        Covers("movant", requests.SelectMany(r => r.Motions).Select(m => m.Movant), RequestArbitrary.Movants);
        Covers("underlyingFiling", requests.SelectMany(r => r.Motions).Select(m => m.UnderlyingFiling), RequestArbitrary.Filings);
        Covers("relationToMerits", requests.SelectMany(r => r.Motions).Select(m => m.RelationToMerits), RequestArbitrary.MeritsRelations);
        Covers("request", items.Select(i => i.Request), RequestArbitrary.RequestKinds);
        Covers("traditionallySecret", items.Select(i => i.TraditionallySecret), RequestArbitrary.TraditionallySecret);
        Covers("designatedBy", items.Select(i => i.DesignatedBy), RequestArbitrary.Designators);
        Covers("publicInterest", items.Select(i => i.PublicInterest), RequestArbitrary.PublicInterests);
        Covers("kind", infos.Select(n => n.Kind), RequestArbitrary.InformationKinds);
        Covers("about", infos.Select(n => n.About), RequestArbitrary.Subjects);
        Covers("seniority", infos.Select(n => n.Seniority), RequestArbitrary.Seniorities);
        Covers("channel", infos.Select(n => n.Channel), RequestArbitrary.Channels);
        Covers("harm kind", harms.Select(h => h.Kind), RequestArbitrary.HarmKinds);
        Covers("showing", harms.Select(h => h.Showing), RequestArbitrary.Showings);
        Covers("evidence", harms.Select(h => h.Evidence), RequestArbitrary.Evidence);
        Covers("offeredBy", harms.Select(h => h.OfferedBy), RequestArbitrary.OfferedBy);
        Assert.Equal([1, 2, 3], requests.Select(r => r.Motions.Length).Distinct().Order());
        Assert.Equal([1, 2, 3, 4], requests.SelectMany(r => r.Motions).Select(m => m.Items.Length).Distinct().Order());
        Assert.Equal([1, 2, 3, 4], items.Select(i => i.Information.Length).Distinct().Order());
        Assert.Equal([0, 1, 2, 3], items.Select(i => i.Harms?.Length ?? 0).Distinct().Order());
        Assert.Contains(items, i => i.Harms is null);
        Assert.Contains(harms, h => h.Concerns is { } c && c.Length < c.Max() + 1);
        Assert.Contains(requests, r => r.AsOf is null);
        Assert.Contains(requests, r => r.AsOf is { } d && string.CompareOrdinal(d, "2016-01-11") < 0);
        Assert.Contains(requests, r => r.AsOf is { } d && string.CompareOrdinal(d, "2016-01-11") >= 0);
        Assert.Equal(Enum.GetValues<IdStyle>(), requests.Select(r => r.Ids).Distinct().Order());
    }

    [Fact]
    public void EveryStyleOfRequest_IsAccepted()
    {
        var reader = new RequestReader();
        foreach (var request in RequestArbitrary.Request.Sample(300, new FsCheck.Rnd(7), 50))
        {
            var read = reader.Read(request.Json);
            Assert.Equal(request.Items().Sum(i => i.InformationIds.Length), read.Information.Count);
            Assert.Equal(request.Items().Select(i => i.ItemId), read.Items.Select(i => i.Id));
        }
    }
}
