using Storyline.Model;

namespace Storyline.Language;

/// <summary>What <see cref="EntityRecognizer"/> found in one article: sorted, non-overlapping mentions and the entities they point to.</summary>
public sealed record EntityAnnotation(IReadOnlyList<EntityMention> Mentions, IReadOnlyList<ArticleEntity> Entities);
