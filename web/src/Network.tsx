import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import type { Network as NetworkData } from './api.ts';
import { goldsteinColour } from './format.ts';

export interface NetworkProps {
  network: NetworkData;
  onActor: (id: string) => void;
  onEdge: (source: string, target: string) => void;
}

/** The container's handle on its graph, for scripts and browser tests that need a node's position on screen. */
export interface NetworkContainer extends HTMLDivElement {
  kroniekGraph?: cytoscape.Core;
}

/**
 * Actors as nodes sized by how many events they take part in; edges from source to target, as wide as their event
 * count and coloured from conflict red through grey to cooperation green by their mean Goldstein score. Labels are
 * drawn on a canvas, so actor names are never parsed as markup.
 */
export function Network({ network, onActor, onEdge }: NetworkProps) {
  const container = useRef<NetworkContainer>(null);
  const handlers = useRef({ onActor, onEdge });
  handlers.current = { onActor, onEdge };

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const most = Math.max(1, ...network.nodes.map((node) => node.events));
    const heaviest = Math.max(1, ...network.edges.map((edge) => edge.events));
    const graph = cytoscape({
      container: element,
      elements: [
        ...network.nodes.map((node) => ({
          data: { id: node.id, label: node.name, size: 18 + 42 * Math.sqrt(node.events / most) },
        })),
        ...network.edges.map((edge) => ({
          data: {
            id: `${edge.source}\u0000${edge.target}`,
            source: edge.source,
            target: edge.target,
            width: 1.5 + 6 * (edge.events / heaviest),
            colour: goldsteinColour(edge.meanGoldstein),
          },
        })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            width: 'data(size)',
            height: 'data(size)',
            label: 'data(label)',
            'background-color': '#1f5fbf',
            'font-size': 13,
            color: '#1d232b',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'text-background-padding': '2px',
          },
        },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            opacity: 0.85,
          },
        },
        { selector: 'node:active, node:selected', style: { 'background-color': '#ffb300' } },
      ],
      layout: { name: network.nodes.length > 2 ? 'cose' : 'circle', animate: false, padding: 30 } as cytoscape.LayoutOptions,
      minZoom: 0.2,
      maxZoom: 1.3,
      wheelSensitivity: 0.3,
    });
    graph.on('tap', 'node', (event) => handlers.current.onActor(event.target.id()));
    graph.on('tap', 'edge', (event) => handlers.current.onEdge(event.target.data('source'), event.target.data('target')));
    element.kroniekGraph = graph;
    return () => {
      delete element.kroniekGraph;
      graph.destroy();
    };
  }, [network]);

  return <div class="network" ref={container} data-testid="network" aria-label="Actor network: click an actor or an edge to filter the events" />;
}
