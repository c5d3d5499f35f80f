using Microsoft.Extensions.DependencyInjection;
using SealingRules.Contract;
using SealingRules.Engine;

namespace SealingRules;

/// <summary>Registers SealingRules with Microsoft.Extensions.DependencyInjection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine (its rules compiled once, on first use, and shared), the request reader and the
    /// <see cref="SealingService"/> facade. A <see cref="TimeProvider"/> registered in the same container sets the day a
    /// request without <c>asOf</c> is decided on; otherwise the system clock.
    /// </summary>
    public static IServiceCollection AddSealingRules(this IServiceCollection services, Limits? limits = null)
    {
        services.AddSingleton(limits ?? Limits.Default);
        services.AddSingleton(_ => new SealingEngine());
        services.AddSingleton(sp => new RequestReader(sp.GetRequiredService<Limits>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<SealingService>();
        return services;
    }
}
