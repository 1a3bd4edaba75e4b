"""Reads cablesim's fabric export with networkx and checks its counts.

Usage: python3 check_fabric.py FABRIC.graphml FABRIC.json DEVICES LINKS GROUPS
Exits 0 when networkx finds DEVICES nodes, LINKS links (parallel links kept) and GROUPS shared-risk groups (the
distinct group ids on the links' srgs attribute, each on at least two links) in both files; prints what it found.
"""
import json
import sys
from collections import Counter

import networkx as nx


def groups_of(edge_groups):
    counts = Counter()
    for groups in edge_groups:
        counts.update(set(groups))
    return {g for g, n in counts.items() if n >= 2}, len(counts)


def main():
    graphml, node_link, devices, links, groups = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:6])
    g = nx.read_graphml(graphml)
    found = [g.number_of_nodes(), g.number_of_edges()]
    shared, distinct = groups_of(d.get("srgs", "").split() for _, _, d in g.edges(data=True))
    found.append(len(shared))
    assert g.is_multigraph() or g.number_of_edges() == links, "parallel links were merged"
    assert distinct == len(shared), "a group id appears on a single link"
    assert g.graph["sharedRiskGroups"] == len(shared), (g.graph, len(shared))
    with open(node_link, encoding="utf-8") as f:
        data = json.load(f)
    try:
        h = nx.node_link_graph(data, edges="links")
    except TypeError:  # networkx < 3.4 (e.g. Debian's 2.8) has no edges= and reads "links"
        h = nx.node_link_graph(data)
    shared_json, _ = groups_of(d["srgs"] for _, _, d in h.edges(data=True))
    json_found = [h.number_of_nodes(), h.number_of_edges(), len(shared_json)]
    assert len(data["sharedRiskGroups"]) == len(shared_json)
    print("graphml", found, "json", json_found)
    expected = [devices, links, groups]
    if found != expected or json_found != expected:
        print("expected", expected, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
