namespace HanoiDvc.Infrastructure.Documents;

/// <summary>A printable form as data: a title for the file's metadata and the blocks laid out from top to bottom.</summary>
internal sealed record DocumentTemplate(string Title, string Basis, IReadOnlyList<TemplateBlock> Blocks)
{
    /// <summary>Portrait (default) or landscape A4, for wide tables such as the register.</summary>
    public PageOrientation Orientation { get; init; }

    /// <summary>A result template: the legal form it reproduces (document and article) and where its fields come from.</summary>
    public string? Source { get; init; }

    /// <summary>A result template: the data the officials record for it to print as <c>{result.key}</c>.</summary>
    public IReadOnlyList<HanoiDvc.Application.Common.Interfaces.ResultField>? Fields { get; init; }
}

internal enum PageOrientation { Portrait, Landscape }

internal enum BlockType { Header, Title, Paragraph, List, Table, Qr, Signature, Space }

internal enum TextStyle { Regular, Bold, Italic }

internal enum TextAlignment { Left, Center, Right }

/// <summary>One block of a template; which properties matter depends on <see cref="Type"/>. Texts hold {placeholders}.</summary>
internal sealed record TemplateBlock
{
    public required BlockType Type { get; init; }

    // header: two columns, the agency on the left and the national motto on the right, each with a note below a short rule.
    public IReadOnlyList<string> Left { get; init; } = [];
    public string? LeftNote { get; init; }
    public IReadOnlyList<string> Right { get; init; } = [];
    public string? RightNote { get; init; }

    // title, paragraph
    public string? Text { get; init; }
    public string? Subtitle { get; init; }
    public TextStyle Style { get; init; }
    public TextAlignment Align { get; init; }
    public bool Indent { get; init; }

    // list and table: the model's list to print (receivedDocuments, missingDocuments, rejectionReasons)
    public string? Items { get; init; }
    public string? Item { get; init; }
    public IReadOnlyList<TableColumn> Columns { get; init; } = [];
    // table: the cells' font size in points (0: the body size less half a point)
    public float FontSize { get; init; }

    // qr: the text to encode and a caption printed beside the code (height: the code's size, default 82 pt)
    public string? Value { get; init; }
    public string? Caption { get; init; }

    // signature: side-by-side columns (who signs, or the distribution list)
    public IReadOnlyList<SignatureColumn> Signers { get; init; } = [];

    // space: vertical gap in points
    public float Height { get; init; }
}

/// <summary>A table column: its header, its share of the width and the text of each cell.</summary>
internal sealed record TableColumn(string Header, float Width, string Value, TextAlignment Align = TextAlignment.Left);

/// <summary>A column of the signature block: bold heading lines, an italic note, plain lines, then room to sign and a name.</summary>
internal sealed record SignatureColumn
{
    public IReadOnlyList<string> Heading { get; init; } = [];
    public string? Note { get; init; }
    public IReadOnlyList<string> Lines { get; init; } = [];
    public string? Name { get; init; }
    public TextAlignment Align { get; init; } = TextAlignment.Center;
}
