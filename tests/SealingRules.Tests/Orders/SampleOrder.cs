using SealingRules.Orders;

namespace SealingRules.Tests.Orders;

/// <summary>A proposed order written by hand: two motions, three rows, cites with and without a case name.</summary>
internal static class SampleOrder
{
    public const string CaseNumber = "3:17-cv-02366-BAS-KSC";

    public const string Kamakana = "Kamakana v. City & Cnty. of Honolulu, 447 F.3d 1172, 1178–79 (9th Cir. 2006)";

    public const string CenterForAutoSafety = "Ctr. for Auto Safety v. Chrysler Grp., LLC, 809 F.3d 1092, 1097 (9th Cir. 2016)";

    public const string AlOtroLado = "Al Otro Lado, Inc. v. McAleenan, No. 17-cv-02366, 2019 WL 6134601, at *2 (S.D. Cal. Nov. 19, 2019)";

    public const string LocalRule = "S.D. Cal. Civ. L.R. 79.2";

    public static ProposedOrder Build() => new(
        new Caption(["UNITED STATES DISTRICT COURT", "SOUTHERN DISTRICT OF CALIFORNIA"], "Al Otro Lado, Inc. v. McAleenan",
            "AL OTRO LADO, INC., et al.", "KEVIN K. McALEENAN, et al.", CaseNumber,
            "[PROPOSED] ORDER ON MOTIONS TO FILE UNDER SEAL (ECF 290, 305)"),
        [new Paragraph("Before the Court are two motions to file documents under seal (ECF 290, 305).", [])],
        [
            new Paragraph("There is a strong presumption in favor of access to court records.", [Kamakana]),
            new Paragraph("A party seeking to seal records attached to a motion more than tangentially related to the merits must show compelling reasons.",
                [CenterForAutoSafety, LocalRule]),
        ],
        [
            new Section("Exhibits 12 and 14 (ECF 290)", [new Paragraph("The exhibits name asylum seekers who fear retaliation.", [AlOtroLado])]),
            new Section("Deposition excerpts (ECF 305)", [new Paragraph("The designation under the protective order is not, by itself, a reason to seal.", [Kamakana])]),
        ],
        [
            new TableRow("ECF 290-3 (Ex. 12)", "Entire document", "GRANTED", "—", "Names of asylum seekers (Decl. ¶ 4)."),
            new TableRow("ECF 290-5 (Ex. 14)", "Page 3, lines 2–9", "GRANTED IN PART", "Without prejudice", "Only the names are shown to be sensitive."),
            new TableRow("ECF 305-2 (Dep. excerpts)", "Entire document", "DENIED", "Without prejudice", "Designation alone does not suffice."),
        ],
        [
            new Paragraph("The motion at ECF 290 is GRANTED IN PART.", []),
            new Paragraph("The motion at ECF 305 is DENIED without prejudice.", []),
        ]);
}
