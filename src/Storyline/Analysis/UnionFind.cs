namespace Storyline.Analysis;

/// <summary>Disjoint sets over 0..n-1 with path halving; the smaller index is always the root.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int count) => _parent = Enumerable.Range(0, count).ToArray();

    public int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }
        return i;
    }

    public void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra != rb)
        {
            _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
