// Package deploy holds Byline's deployment files — the Dockerfile, the
// docker-compose stack (three-node NATS JetStream, Elasticsearch 8 with
// security, Kibana, workers, search, scheduler), the Kubernetes manifests in
// k8s/ and the shared byline.yaml — and the tests that keep them honest:
// every manifest decodes strictly into the Kubernetes API types, references
// between objects resolve, the compose file has the services it should, and
// the command lines match the byline CLI. It has no code of its own.
package deploy
