using Storyline.Model;

namespace Storyline.Language;

public sealed partial class EntityRecognizer
{
    /// <summary>
    /// Turns the scan's candidates into article entities: gazetteer names first, then full person names,
    /// then surnames and titles, places and nationalities, descriptors ("the premier") and acronyms.
    /// </summary>
    // "The Kestrian leader" means the head of state or government.
    private static readonly HashSet<string> LeaderOffices = new(StringComparer.Ordinal)
    {
        "president", "prime-minister", "chancellor", "king", "queen", "supreme-leader", "head-of-state", "head-of-government", "emir", "sultan", "leader",
    };

    // Words for whoever heads an organization: "the NATO chief", "the UN leader".
    private static readonly HashSet<string> HeadOffices = new(StringComparer.Ordinal)
    {
        "chief", "leader", "head",
    };

    private sealed class Resolver(EntityRecognizer owner, Scan scan, DateOnly? published)
    {
        private readonly Gazetteer _g = owner._gazetteer;
        private readonly List<Entity> _entities = [];
        private readonly Dictionary<string, Entity> _gazetteerEntities = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Entity> _byName = new(StringComparer.Ordinal);
        private readonly List<Entity> _persons = [];
        private readonly Dictionary<string, List<Entity>> _bySurname = new(StringComparer.Ordinal);
        private readonly Dictionary<Entity, List<int>> _starts = [];
        private readonly Dictionary<string, string?> _demonymKeys = new(StringComparer.Ordinal);

        public EntityAnnotation Resolve()
        {
            var candidates = scan.Candidates;
            foreach (var c in candidates)
            {
                if (c.Kind == CandidateKind.Known && c.Entry is not null)
                {
                    Attach(c, GazetteerEntity(c.Entry));
                }
                else if (c.IsDateline && c.Kind == CandidateKind.Unknown)
                {
                    Attach(c, NamedEntity(EntityType.Gpe, scan.DatelineName ?? c.Text));
                }
            }

            // Full names first, so that surnames and titles can find them wherever they occur in the article.
            // An unclassified two- or three-word name is a person when its last word acts as one elsewhere ("Lint said").
            var personWords = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in candidates)
            {
                if (c.TokenCount == 1 && (c.Kind == CandidateKind.Person || c.Kind == CandidateKind.Unknown && c.Guess == Guess.Person))
                {
                    personWords.Add(c.Text);
                }
            }

            foreach (var c in candidates)
            {
                if (c.Resolved is null && c.TokenCount >= 2 && (c.Kind == CandidateKind.Person || c.Kind == CandidateKind.Unknown && !c.Weak && (c.Guess == Guess.Person || c.Guess == Guess.Misc && c.TokenCount <= 3 && personWords.Contains(c.Last) && !c.Text.Contains(" of ", StringComparison.Ordinal))))
                {
                    c.Guess = Guess.Person;
                    Attach(c, FullPerson(c));
                }
            }

            foreach (var c in candidates)
            {
                if (c.Resolved is null && c.Kind == CandidateKind.Person)
                {
                    Attach(c, PersonBySurname(c) ?? NewPerson(c));
                }
            }

            ResolvePlaces(candidates);
            ResolveDemonyms(candidates);
            ResolveRest(candidates);
            ResolveDescriptors(candidates);
            ResolveAcronyms(candidates);
            return Build(candidates);
        }

        private void ResolvePlaces(List<Candidate> candidates)
        {
            foreach (var c in candidates)
            {
                if (c.Resolved is not null || c.Kind != CandidateKind.Unknown || c.Guess != Guess.Gpe)
                {
                    continue;
                }

                var person = PersonByName(c);
                if (person is not null)
                {
                    Attach(c, person);
                    continue;
                }

                if (_byName.TryGetValue(c.Text, out var known))
                {
                    Attach(c, known);
                    continue;
                }

                if (c.Weak)
                {
                    continue;
                }

                Attach(c, NamedEntity(EntityType.Gpe, StateShortName(c.Text)));
            }
        }

        private void ResolveDemonyms(List<Candidate> candidates)
        {
            // Unclassified one-word names by text, so that each demonym is compared with each distinct name once.
            var singles = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
            foreach (var other in candidates)
            {
                if (other.Kind == CandidateKind.Unknown && other.TokenCount == 1 && other.Resolved is null)
                {
                    if (!singles.TryGetValue(other.Text, out var list))
                    {
                        list = [];
                        singles[other.Text] = list;
                    }

                    list.Add(other);
                }
            }

            foreach (var c in candidates)
            {
                if (c.Resolved is not null || c.Kind != CandidateKind.UnknownDemonym)
                {
                    continue;
                }

                var person = PersonByName(c);
                if (person is not null)
                {
                    Attach(c, person);
                    continue;
                }

                var key = DemonymKey(c.Text);
                if (key is not null && TryEntityByKey(key, out var place))
                {
                    Attach(c, place);
                    continue;
                }

                // "Veldora" seen only as an unclassified name: the demonym says it is a place.
                Entity? promoted = null;
                foreach (var (text, list) in singles)
                {
                    if (!SharesStem(c.Text, text) || text.Equals(c.Text, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    foreach (var other in list)
                    {
                        if (other.Resolved is null)
                        {
                            promoted ??= NamedEntity(EntityType.Gpe, text);
                            Attach(other, promoted);
                        }
                    }
                }

                if (promoted is not null)
                {
                    _demonymKeys[c.Text] = null;
                    Attach(c, promoted);
                    continue;
                }

                if (c.Text.EndsWith('i') && !c.IsFallback)
                {
                    // "-i" is a weak demonym ending (Iraqi, but also many surnames): leave it to the name rules.
                    c.Kind = CandidateKind.Unknown;
                    c.Guess = Guess.Misc;
                    continue;
                }

                Attach(c, NamedEntity(EntityType.Norp, c.Text));
            }
        }

        private void ResolveRest(List<Candidate> candidates)
        {
            foreach (var c in candidates)
            {
                if (c.Resolved is not null || c.Kind != CandidateKind.Unknown)
                {
                    continue;
                }

                var person = PersonByName(c);
                if (person is not null)
                {
                    Attach(c, person);
                    continue;
                }

                if (_byName.TryGetValue(c.Text, out var known))
                {
                    Attach(c, known);
                    continue;
                }

                // "the Fund", "the Commission": an organization of the article whose name has this head word.
                if (c.TokenCount == 1 && !c.Weak && _g.IsOrganizationHead(c.Text))
                {
                    Attach(c, OrganizationByHead(c.Text) ?? NamedEntity(EntityType.Organization, c.Text));
                    continue;
                }

                if (scan.DatelineName is not null && c.Text.Equals(scan.DatelineName, StringComparison.OrdinalIgnoreCase))
                {
                    Attach(c, NamedEntity(EntityType.Gpe, scan.DatelineName));
                    continue;
                }

                if (c.Weak)
                {
                    continue;
                }

                switch (c.Guess)
                {
                    case Guess.Person:
                        Attach(c, NewPerson(c));
                        break;
                    case Guess.Organization:
                        Attach(c, NamedEntity(EntityType.Organization, c.Text));
                        break;
                    case Guess.Gpe:
                        Attach(c, NamedEntity(EntityType.Gpe, StateShortName(c.Text)));
                        break;
                    default:
                        Attach(c, NamedEntity(EntityType.Misc, c.Text));
                        break;
                }
            }
        }

        private void ResolveDescriptors(List<Candidate> candidates)
        {
            foreach (var starts in _starts.Values)
            {
                starts.Sort();
            }

            foreach (var c in candidates)
            {
                if (c.Kind != CandidateKind.Descriptor || c.Office is null)
                {
                    continue;
                }

                var nationality = Nationality(c.NationalityKey, c.NationalityWord);
                Entity? best = null;
                var bestBefore = int.MinValue;
                var bestAfter = int.MaxValue;
                foreach (var person in _persons)
                {
                    if (!HoldsOffice(person, c.Office, nationality))
                    {
                        continue;
                    }

                    // The person's last mention before the descriptor, else their first one after it.
                    var starts = _starts[person];
                    var at = starts.BinarySearch(c.Span.Start);
                    var index = at >= 0 ? at : ~at;
                    if (index > 0 && starts[index - 1] > bestBefore)
                    {
                        bestBefore = starts[index - 1];
                        best = person;
                    }
                    else if (bestBefore == int.MinValue && index < starts.Count && starts[index] > c.Span.Start && starts[index] < bestAfter)
                    {
                        bestAfter = starts[index];
                        best = person;
                    }
                }

                // A person the article names in this office wins; only then does the date say who held it.
                best ??= HolderOnDate(c);
                if (best is not null)
                {
                    Attach(c, best);
                    _starts[best].Sort();
                }
            }
        }

        /// <summary>"the US president" naming nobody in the article: whoever held that office on the article's date.</summary>
        private Entity? HolderOnDate(Candidate c)
        {
            if (published is not { } date || !c.Present || c.Jurisdiction is null || c.Office is null)
            {
                return null;
            }

            var offices = _g.OfficeHolders;
            var term = HeadOffices.Contains(c.Office) && c.Jurisdiction.StartsWith("org:", StringComparison.Ordinal)
                ? offices.HeadOn(c.Jurisdiction, date)
                : offices.HolderOn(c.Office, c.Jurisdiction, c.Post, date);
            return term is null ? null : HolderEntity(term.Holder);
        }

        /// <summary>
        /// The person for an office holder's name: the one the article already names ("Narendra Modi", or "Modi" alone,
        /// which takes the full name), else a new person.
        /// </summary>
        private Entity HolderEntity(string name)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var first = words[0];
            var last = words[^1];
            Entity? surname = null;
            foreach (var person in _persons)
            {
                if (person.Name.Equals(name, StringComparison.Ordinal))
                {
                    return person;
                }

                if (person.Last.Equals(last, StringComparison.Ordinal) && (person.NameTokens == 1 || SameFirst(person.First, first)))
                {
                    surname ??= person;
                }
            }

            if (surname is not null)
            {
                if (surname.NameTokens < words.Length)
                {
                    surname.Name = name;
                    surname.NameTokens = words.Length;
                    surname.First = first;
                }

                return surname;
            }

            var holder = new Entity("", name, EntityType.Person) { NameTokens = words.Length, First = first, Last = last };
            _persons.Add(holder);
            _entities.Add(holder);
            _starts[holder] = [];
            return holder;
        }

        private Entity? OrganizationByHead(string head)
        {
            Entity? found = null;
            foreach (var entity in _entities)
            {
                if (entity.Type != EntityType.Organization)
                {
                    continue;
                }

                var name = entity.Name.AsSpan();
                var at = name.IndexOf(head.AsSpan(), StringComparison.Ordinal);
                var whole = at >= 0 && (at == 0 || name[at - 1] == ' ') && (at + head.Length == name.Length || name[at + head.Length] == ' ');
                if (whole && !entity.Name.Equals(head, StringComparison.Ordinal))
                {
                    // Several candidates: the one most recently added is the one the text last spoke of.
                    found = entity;
                }
            }

            return found;
        }

        private bool HoldsOffice(Entity person, string office, string? nationality)
        {
            foreach (var held in person.Offices)
            {
                if (!held.Office.Equals(office, StringComparison.Ordinal) && !(office == "leader" && LeaderOffices.Contains(held.Office)))
                {
                    continue;
                }

                var heldNationality = Nationality(held.NationalityKey, held.NationalityWord);
                if (nationality is null || heldNationality is null || nationality.Equals(heldNationality, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A country key, or the demonym itself when no place of the article matches it ("Kestrian" stays "Kestrian").</summary>
        private string? Nationality(string? key, string? word)
        {
            if (key is not null)
            {
                return key;
            }

            return word is null ? null : DemonymKey(word) ?? "word:" + word;
        }

        private void ResolveAcronyms(List<Candidate> candidates)
        {
            foreach (var c in candidates)
            {
                if (c.Kind != CandidateKind.Acronym || c.Resolved is not null)
                {
                    continue;
                }

                var target = c.AcronymTarget?.Resolved;
                Attach(c, target ?? NamedEntity(EntityType.Misc, c.Text));
            }
        }

        private EntityAnnotation Build(List<Candidate> candidates)
        {
            // Keys come from the final names, so that the fullest name decides ("person:jane roe", not "person:roe").
            var keys = new Dictionary<Entity, string>();
            foreach (var entity in _entities)
            {
                keys[entity] = entity.Key.Length > 0 ? entity.Key : Gazetteer.MakeKey(entity.Type, entity.Name);
            }

            var mentions = new List<EntityMention>();
            var byKey = new Dictionary<string, (Entity Entity, List<string> Aliases, List<TextSpan> Spans)>(StringComparer.Ordinal);
            var order = new List<string>();
            var lastEnd = 0;
            foreach (var c in candidates)
            {
                var entity = c.Resolved;
                if (entity is null || c.Span.Start < lastEnd || c.Span.Length == 0)
                {
                    continue;
                }

                if (c.IsFallback && c.FallbackFor?.Resolved is not null)
                {
                    continue;
                }

                var key = keys[entity];
                var type = c.Kind switch
                {
                    CandidateKind.Known => c.MentionType,
                    CandidateKind.UnknownDemonym when entity.Type is EntityType.Gpe or EntityType.Norp => EntityType.Norp,
                    _ => entity.Type,
                };
                // The mention's text is the surface as written (spaces collapsed), never the normalized lookup form.
                var surface = string.Join(' ', c.Span.Of(scan.Text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                mentions.Add(new EntityMention(c.Span, surface, type, key));
                lastEnd = c.Span.End;
                if (!byKey.TryGetValue(key, out var slot))
                {
                    slot = (entity, [], []);
                    byKey[key] = slot;
                    order.Add(key);
                }

                AddDistinct(slot.Aliases, c.Text);
                if (c.TitlePhrase is not null)
                {
                    AddDistinct(slot.Aliases, c.TitlePhrase);
                }

                slot.Spans.Add(c.Span);
            }

            var entities = new List<ArticleEntity>(order.Count);
            foreach (var key in order)
            {
                var (entity, aliases, spans) = byKey[key];
                entities.Add(new ArticleEntity(key, entity.Name, entity.Type, aliases, spans));
            }

            return new EntityAnnotation(mentions, entities);
        }

        private static void AddDistinct(List<string> list, string value)
        {
            foreach (var existing in list)
            {
                if (existing.Equals(value, StringComparison.Ordinal))
                {
                    return;
                }
            }

            list.Add(value);
        }

        private void Attach(Candidate c, Entity entity)
        {
            c.Resolved = entity;
            if (!_starts.TryGetValue(entity, out var starts))
            {
                starts = [];
                _starts[entity] = starts;
            }

            starts.Add(c.Span.Start);
            if (c.Kind is not CandidateKind.Descriptor)
            {
                _byName.TryAdd(c.Text, entity);
            }

            if (c.Office is not null && entity.Type == EntityType.Person)
            {
                entity.Offices.Add((c.Office, c.NationalityKey, c.NationalityWord));
            }
        }

        private Entity GazetteerEntity(GazetteerEntry entry)
        {
            if (!_gazetteerEntities.TryGetValue(entry.Key, out var entity))
            {
                entity = new Entity(entry.Key, entry.Name, entry.Type);
                _gazetteerEntities[entry.Key] = entity;
                _entities.Add(entity);
                _byName.TryAdd(entry.Name, entity);
            }

            return entity;
        }

        private Entity NamedEntity(EntityType type, string name)
        {
            var key = Gazetteer.MakeKey(type, name);
            if (_gazetteerEntities.TryGetValue(key, out var entity))
            {
                return entity;
            }

            entity = new Entity("", name, type);
            _gazetteerEntities[key] = entity;
            _entities.Add(entity);
            _byName.TryAdd(name, entity);
            return entity;
        }

        private bool TryEntityByKey(string key, out Entity entity)
        {
            if (_gazetteerEntities.TryGetValue(key, out entity!))
            {
                return true;
            }

            if (_g.TryGetByKey(key, out var entry))
            {
                entity = GazetteerEntity(entry);
                return true;
            }

            return false;
        }

        /// <summary>The place an unknown demonym points to: a place of the article whose name shares its stem.</summary>
        private string? DemonymKey(string word)
        {
            if (_g.TryGetCountryByDemonym(word, out var country))
            {
                return country.Key;
            }

            if (_demonymKeys.TryGetValue(word, out var cached) && cached is not null)
            {
                return cached;
            }

            string? found = null;
            foreach (var entity in _entities)
            {
                if (entity.Type == EntityType.Gpe && SharesStem(word, entity.Name))
                {
                    found = entity.Key.Length > 0 ? entity.Key : Gazetteer.MakeKey(EntityType.Gpe, entity.Name);
                    break;
                }
            }

            _demonymKeys[word] = found;
            return found;
        }

        private Entity FullPerson(Candidate c)
        {
            foreach (var person in _persons)
            {
                if (person.Last.Equals(c.Last, StringComparison.Ordinal) && SameFirst(person.First, c.First))
                {
                    if (c.TokenCount > person.NameTokens || c.TokenCount == person.NameTokens && c.Text.Length > person.Name.Length)
                    {
                        person.Name = c.Text;
                        person.NameTokens = c.TokenCount;
                        person.First = c.First;
                    }

                    person.FullMentionStarts.Add(c.Span.Start);
                    return person;
                }
            }

            return NewPerson(c);
        }

        private static bool SameFirst(string a, string b) =>
            a.Equals(b, StringComparison.Ordinal) || a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal) || b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal);

        private Entity NewPerson(Candidate c)
        {
            var person = new Entity("", c.Text, EntityType.Person)
            {
                NameTokens = c.TokenCount,
                First = c.First,
                Last = c.Last,
            };
            person.FullMentionStarts.Add(c.Span.Start);
            _persons.Add(person);
            _entities.Add(person);
            if (!_bySurname.TryGetValue(c.Last, out var list))
            {
                list = [];
                _bySurname[c.Last] = list;
            }

            list.Add(person);
            return person;
        }

        /// <summary>A person of the article this name refers to: the same full name, or a surname ("Roe" for "Jane Roe").</summary>
        private Entity? PersonByName(Candidate c)
        {
            foreach (var person in _persons)
            {
                if (person.Name.Equals(c.Text, StringComparison.Ordinal))
                {
                    return person;
                }
            }

            if (c.TokenCount == 1 || c.Kind == CandidateKind.Person)
            {
                return PersonBySurname(c);
            }

            return null;
        }

        private Entity? PersonBySurname(Candidate c)
        {
            if (c.TokenCount > 1)
            {
                foreach (var person in _persons)
                {
                    if (person.Last.Equals(c.Last, StringComparison.Ordinal) && SameFirst(person.First, c.First))
                    {
                        return person;
                    }
                }

                return null;
            }

            if (!_bySurname.TryGetValue(c.Text, out var list) || list.Count == 0)
            {
                return null;
            }

            if (list.Count == 1)
            {
                return list[0];
            }

            // Two people with one surname: the one last named in full before this mention.
            Entity? best = null;
            var bestStart = int.MinValue;
            foreach (var person in list)
            {
                foreach (var start in person.FullMentionStarts)
                {
                    if (start < c.Span.Start && start > bestStart)
                    {
                        bestStart = start;
                        best = person;
                    }
                }
            }

            return best ?? list[0];
        }

        /// <summary>"Republic of Veldora" is the place "Veldora", as the gazetteer names India rather than "Republic of India".</summary>
        private static string StateShortName(string name)
        {
            var of = name.LastIndexOf(" of ", StringComparison.Ordinal);
            if (of > 0)
            {
                var head = name.AsSpan(0, of);
                var lastSpace = head.LastIndexOf(' ');
                var headWord = lastSpace >= 0 ? head[(lastSpace + 1)..] : head;
                if (StateWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(headWord))
                {
                    var rest = name[(of + 4)..];
                    return rest.StartsWith("the ", StringComparison.Ordinal) ? rest[4..] : rest;
                }
            }

            return name;
        }
    }
}
