using SealingRules.Model;

namespace SealingRules.Tests.Support;

/// <summary>Terse builders for facts and conclusions, so a rule test reads as its situation.</summary>
public static class F
{
    public static readonly DateOnly After = new(2019, 11, 21);
    public static readonly DateOnly Before = new(2014, 6, 1);

    public static LawDate Law(DateOnly? d = null) => new(d ?? After);

    public static Motion Motion(UnderlyingFiling filing = UnderlyingFiling.SummaryJudgment, MeritsRelation? stated = null, int items = 1, string id = "m")
        => new(id, Movant.Defendant, filing, stated, items);

    public static Item Item(string id = "i", RequestKind request = RequestKind.Seal, int infos = 1,
        TraditionallySecret secret = TraditionallySecret.None, bool alreadyPublic = false, bool poOnly = false,
        PublicInterest? interest = null, string motion = "m")
        => new(id, motion, null, request, secret, alreadyPublic, poOnly, Designator.Movant, interest, infos);

    public static Information Info(InformationKind kind = InformationKind.TradeSecret, Subject about = Subject.Party,
        string id = "n", string item = "i", Seniority? seniority = null, Channel? channel = null, bool? atIssue = false)
        => new(id, item, kind, about, seniority, channel, atIssue);

    public static HarmClaim Claim(HarmKind kind, Showing showing, string info = "n", string item = "i")
        => new(info, item, kind, showing, Evidence.Declaration, OfferedBy.Movant);

    public static ItemStandard Std(Standard standard, string item = "i") => new(item, standard, null);

    public static MotionStandard MStd(Standard standard, string motion = "m") => new(motion, standard, Step.Of("test", "given"));

    public static MeritsClassification Merits(MeritsRelation relation, string motion = "m") => new(motion, relation, Step.Of("test", "given"));

    public static Finding Finding(Weight weight, string info = "n", bool curable = true) => new(info, weight, curable, Step.Of("test", "given", info), "a given finding");

    public static InformationRuling Ruling(bool withhold, string info = "n", string item = "i",
        InformationKind kind = InformationKind.TradeSecret, Subject about = Subject.Party, bool curable = true)
        => new(info, item, kind, about, withhold, curable, Step.Of("test", "given", info));

    public static ItemRuling ItemRuling(Relief relief, string item = "i", string motion = "m", bool curable = true)
        => new(item, motion, relief == Relief.Full ? Outcome.Seal : relief == Relief.Partial ? Outcome.Redact : Outcome.Public, relief, curable, Step.Of("test", "given"));
}
