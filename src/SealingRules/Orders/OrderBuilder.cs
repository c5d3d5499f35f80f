namespace SealingRules.Orders;

// PLACEHOLDER on branch order-render only: ProposedOrder.cs cites <see cref="OrderBuilder"/>, which main is writing;
// without a type of that name the doc comment is an error (CS1574) and nothing builds. On merge, take main's file.
internal static class OrderBuilder;
