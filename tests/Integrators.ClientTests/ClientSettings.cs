using System.Text.Json;
using System.Text.Json.Serialization;

namespace HanoiDvc.Integrators.Client;

/// <summary>
/// The one line an integrator adds to the generated client: the API writes enums as strings everywhere (also inside
/// arrays, where NSwag puts no converter), so the client's serializer reads them as strings too.
/// </summary>
public partial class HanoiDvcClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => settings.Converters.Add(new JsonStringEnumConverter());
}
