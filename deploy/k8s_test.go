package deploy

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/robfig/cron/v3"
	yamlv3 "gopkg.in/yaml.v3"
	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	k8syaml "k8s.io/apimachinery/pkg/util/yaml"
	"sigs.k8s.io/yaml"

	"github.com/byline/byline/crawler"
	"github.com/byline/byline/pipeline"
)

var update = flag.Bool("update", false, "rewrite k8s/configmap.yaml from byline.yaml")

// object is one decoded manifest document.
type object struct {
	file string
	doc  int
	kind string
	name string
	obj  any
}

// newObject returns an empty typed object for apiVersion and kind.
func newObject(apiVersion, kind string) (any, error) {
	switch apiVersion + " " + kind {
	case "v1 Namespace":
		return &corev1.Namespace{}, nil
	case "v1 ConfigMap":
		return &corev1.ConfigMap{}, nil
	case "v1 Secret":
		return &corev1.Secret{}, nil
	case "v1 ServiceAccount":
		return &corev1.ServiceAccount{}, nil
	case "v1 Service":
		return &corev1.Service{}, nil
	case "v1 PersistentVolumeClaim":
		return &corev1.PersistentVolumeClaim{}, nil
	case "apps/v1 Deployment":
		return &appsv1.Deployment{}, nil
	case "batch/v1 CronJob":
		return &batchv1.CronJob{}, nil
	case "autoscaling/v2 HorizontalPodAutoscaler":
		return &autoscalingv2.HorizontalPodAutoscaler{}, nil
	case "policy/v1 PodDisruptionBudget":
		return &policyv1.PodDisruptionBudget{}, nil
	}
	return nil, fmt.Errorf("unsupported apiVersion/kind %q %q", apiVersion, kind)
}

// decodeManifests strictly decodes every YAML document of r: a field the
// Kubernetes type does not have, a wrong type or a duplicate key is an
// error. Empty documents (comments only) are skipped.
func decodeManifests(file string, r io.Reader) ([]object, error) {
	rd := k8syaml.NewYAMLReader(bufio.NewReader(r))
	var out []object
	for i := 0; ; i++ {
		raw, err := rd.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: document %d: %w", file, i, err)
		}
		var tm metav1.TypeMeta
		if err := yaml.Unmarshal(raw, &tm); err != nil {
			return nil, fmt.Errorf("%s: document %d: %w", file, i, err)
		}
		if tm.APIVersion == "" && tm.Kind == "" {
			var v any
			if err := yaml.Unmarshal(raw, &v); err != nil || v != nil {
				return nil, fmt.Errorf("%s: document %d has no apiVersion/kind", file, i)
			}
			continue // only comments
		}
		obj, err := newObject(tm.APIVersion, tm.Kind)
		if err != nil {
			return nil, fmt.Errorf("%s: document %d: %w", file, i, err)
		}
		if err := yaml.UnmarshalStrict(raw, obj); err != nil {
			return nil, fmt.Errorf("%s: document %d (%s): %w", file, i, tm.Kind, err)
		}
		name := ""
		if m, ok := obj.(metav1.Object); ok {
			name = m.GetName()
		}
		out = append(out, object{file: file, doc: i, kind: tm.Kind, name: name, obj: obj})
	}
}

// loadManifests decodes every k8s/*.yaml except the kustomization.
func loadManifests(t *testing.T) []object {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("k8s", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no manifests in k8s/: %v", err)
	}
	var all []object
	for _, f := range files {
		if filepath.Base(f) == "kustomization.yaml" {
			continue
		}
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		objs, err := decodeManifests(f, fh)
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
		if len(objs) == 0 {
			t.Fatalf("%s: no objects", f)
		}
		all = append(all, objs...)
	}
	return all
}

func TestStrictDecodingCatchesTypos(t *testing.T) {
	good := "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec:\n  replicas: 2\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers:\n        - name: c\n          image: i:1\n"
	tests := []struct {
		name, doc string
		ok        bool
	}{
		{"good", good, true},
		{"misspelt field", strings.Replace(good, "replicas: 2", "replica: 2", 1), false},
		{"wrong type", strings.Replace(good, "replicas: 2", "replicas: two", 1), false},
		{"misspelt nested field", strings.Replace(good, "image: i:1", "imgae: i:1", 1), false},
		{"duplicate key", strings.Replace(good, "replicas: 2", "replicas: 2\n  replicas: 3", 1), false},
		{"unknown kind", strings.Replace(good, "kind: Deployment", "kind: Deploymnet", 1), false},
		{"comment-only document", "# nothing\n---\n" + good, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decodeManifests("test.yaml", strings.NewReader(tc.doc))
			if (err == nil) != tc.ok {
				t.Fatalf("decode error = %v, want ok=%v", err, tc.ok)
			}
		})
	}
}

// podSpecs returns the pod templates of Deployments and CronJobs.
func podSpecs(objs []object) map[string]*corev1.PodTemplateSpec {
	out := map[string]*corev1.PodTemplateSpec{}
	for _, o := range objs {
		switch v := o.obj.(type) {
		case *appsv1.Deployment:
			out["Deployment/"+o.name] = &v.Spec.Template
		case *batchv1.CronJob:
			out["CronJob/"+o.name] = &v.Spec.JobTemplate.Spec.Template
		}
	}
	return out
}

func TestManifests(t *testing.T) {
	objs := loadManifests(t)
	byKind := map[string]map[string]any{}
	for _, o := range objs {
		if byKind[o.kind] == nil {
			byKind[o.kind] = map[string]any{}
		}
		if _, dup := byKind[o.kind][o.name]; dup {
			t.Errorf("%s: %s %q defined twice", o.file, o.kind, o.name)
		}
		byKind[o.kind][o.name] = o.obj
		if m := o.obj.(metav1.Object); o.kind != "Namespace" && m.GetNamespace() != "byline" {
			t.Errorf("%s: %s %q in namespace %q, want byline", o.file, o.kind, o.name, m.GetNamespace())
		}
	}
	for _, kind := range []string{"Namespace", "ConfigMap", "Secret", "Deployment", "CronJob", "Service"} {
		if len(byKind[kind]) == 0 {
			t.Errorf("no %s manifest", kind)
		}
	}
	for _, d := range []string{"extract-worker", "index-worker", "search"} {
		if byKind["Deployment"][d] == nil {
			t.Errorf("no Deployment %q", d)
		}
	}
	secret, _ := byKind["Secret"]["byline-credentials"].(*corev1.Secret)
	if secret == nil {
		t.Fatal("no Secret byline-credentials")
	}

	for name, tmpl := range podSpecs(objs) {
		t.Run(name, func(t *testing.T) {
			checkPod(t, name, tmpl, byKind, secret)
		})
	}

	for name, v := range byKind["Deployment"] {
		d := v.(*appsv1.Deployment)
		sel, err := metav1.LabelSelectorAsSelector(d.Spec.Selector)
		if err != nil || !sel.Matches(labels.Set(d.Spec.Template.Labels)) {
			t.Errorf("Deployment %s: selector %v does not match its template labels (%v)", name, d.Spec.Selector, err)
		}
		if d.Spec.Replicas == nil || *d.Spec.Replicas < 1 {
			t.Errorf("Deployment %s: replicas not set", name)
		}
	}
	for name, v := range byKind["Service"] {
		s := v.(*corev1.Service)
		found := false
		for _, dv := range byKind["Deployment"] {
			d := dv.(*appsv1.Deployment)
			if !selectorMatches(s.Spec.Selector, d.Spec.Template.Labels) {
				continue
			}
			found = true
			for _, p := range s.Spec.Ports {
				if p.TargetPort.StrVal != "" && !hasPort(d.Spec.Template.Spec.Containers, p.TargetPort.StrVal) {
					t.Errorf("Service %s: targetPort %q not a container port of %s", name, p.TargetPort.StrVal, d.Name)
				}
			}
		}
		if !found {
			t.Errorf("Service %s selects no Deployment", name)
		}
	}
	for name, v := range byKind["HorizontalPodAutoscaler"] {
		h := v.(*autoscalingv2.HorizontalPodAutoscaler)
		if byKind[h.Spec.ScaleTargetRef.Kind][h.Spec.ScaleTargetRef.Name] == nil {
			t.Errorf("HPA %s targets missing %s %s", name, h.Spec.ScaleTargetRef.Kind, h.Spec.ScaleTargetRef.Name)
		}
	}
	for name, v := range byKind["PodDisruptionBudget"] {
		p := v.(*policyv1.PodDisruptionBudget)
		if byKind["Deployment"][p.Spec.Selector.MatchLabels["app.kubernetes.io/name"]] == nil {
			t.Errorf("PodDisruptionBudget %s selects no Deployment", name)
		}
	}
}

func checkPod(t *testing.T, name string, tmpl *corev1.PodTemplateSpec, byKind map[string]map[string]any, secret *corev1.Secret) {
	spec := &tmpl.Spec
	psc := spec.SecurityContext
	if psc == nil || psc.RunAsNonRoot == nil || !*psc.RunAsNonRoot || psc.RunAsUser == nil || *psc.RunAsUser == 0 {
		t.Errorf("%s: pod must run as a non-root user", name)
	}
	volumes := map[string]corev1.Volume{}
	for _, v := range spec.Volumes {
		volumes[v.Name] = v
		switch {
		case v.ConfigMap != nil && byKind["ConfigMap"][v.ConfigMap.Name] == nil:
			t.Errorf("%s: volume %s uses missing ConfigMap %s", name, v.Name, v.ConfigMap.Name)
		case v.Secret != nil && byKind["Secret"][v.Secret.SecretName] == nil:
			t.Errorf("%s: volume %s uses missing Secret %s", name, v.Name, v.Secret.SecretName)
		case v.PersistentVolumeClaim != nil && byKind["PersistentVolumeClaim"][v.PersistentVolumeClaim.ClaimName] == nil:
			t.Errorf("%s: volume %s uses missing PVC %s", name, v.Name, v.PersistentVolumeClaim.ClaimName)
		}
		if v.Secret != nil {
			for _, it := range v.Secret.Items {
				if _, ok := secret.StringData[it.Key]; !ok {
					t.Errorf("%s: volume %s uses missing secret key %s", name, v.Name, it.Key)
				}
			}
		}
	}
	if len(spec.Containers) == 0 {
		t.Fatalf("%s: no containers", name)
	}
	for _, c := range spec.Containers {
		if c.Image == "" || !strings.Contains(c.Image, ":") || strings.HasSuffix(c.Image, ":latest") {
			t.Errorf("%s/%s: image %q must carry a pinned tag", name, c.Name, c.Image)
		}
		for _, res := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
			if _, ok := c.Resources.Requests[res]; !ok {
				t.Errorf("%s/%s: no %s request", name, c.Name, res)
			}
			if _, ok := c.Resources.Limits[res]; !ok {
				t.Errorf("%s/%s: no %s limit", name, c.Name, res)
			}
		}
		if req, lim := c.Resources.Requests.Memory(), c.Resources.Limits.Memory(); req.Cmp(*lim) > 0 {
			t.Errorf("%s/%s: memory request %s above limit %s", name, c.Name, req, lim)
		}
		sc := c.SecurityContext
		if sc == nil || sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem ||
			sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation ||
			sc.Capabilities == nil || !slices.Contains(sc.Capabilities.Drop, "ALL") {
			t.Errorf("%s/%s: needs readOnlyRootFilesystem, no privilege escalation, capabilities dropped", name, c.Name)
		}
		for _, m := range c.VolumeMounts {
			if _, ok := volumes[m.Name]; !ok {
				t.Errorf("%s/%s: mount of missing volume %s", name, c.Name, m.Name)
			}
		}
		for _, e := range c.Env {
			if r := e.ValueFrom; r != nil && r.SecretKeyRef != nil {
				if r.SecretKeyRef.Name != secret.Name {
					t.Errorf("%s/%s: env %s from unknown Secret %s", name, c.Name, e.Name, r.SecretKeyRef.Name)
				} else if _, ok := secret.StringData[r.SecretKeyRef.Key]; !ok {
					t.Errorf("%s/%s: env %s from missing secret key %s", name, c.Name, e.Name, r.SecretKeyRef.Key)
				}
			}
		}
		if strings.HasPrefix(name, "Deployment/") {
			lp, rp := c.LivenessProbe, c.ReadinessProbe
			if lp == nil || lp.HTTPGet == nil || lp.HTTPGet.Path != "/healthz" {
				t.Errorf("%s/%s: liveness probe must GET /healthz", name, c.Name)
			}
			// Every Byline server answers /readyz: the workers when NATS is
			// connected and the index reachable, byline serve when the
			// index answers a search.
			wantReady := "/readyz"
			if rp == nil || rp.HTTPGet == nil || rp.HTTPGet.Path != wantReady {
				t.Errorf("%s/%s: readiness probe must GET %s", name, c.Name, wantReady)
			}
			for _, p := range []*corev1.Probe{lp, rp} {
				if p != nil && p.HTTPGet != nil && p.HTTPGet.Port.StrVal != "" && !hasPort([]corev1.Container{c}, p.HTTPGet.Port.StrVal) {
					t.Errorf("%s/%s: probe port %q is not a container port", name, c.Name, p.HTTPGet.Port.StrVal)
				}
			}
		}
	}
}

func selectorMatches(sel, lbls map[string]string) bool {
	if len(sel) == 0 {
		return false
	}
	for k, v := range sel {
		if lbls[k] != v {
			return false
		}
	}
	return true
}

func hasPort(cs []corev1.Container, name string) bool {
	for _, c := range cs {
		for _, p := range c.Ports {
			if p.Name == name {
				return true
			}
		}
	}
	return false
}

// configMapText is k8s/configmap.yaml as generated from byline.yaml.
func configMapText(t *testing.T) string {
	src, err := os.ReadFile("byline.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString(`# byline.yaml for the pods. Generated from deploy/byline.yaml: keep the two
# identical (deploy_test.go fails otherwise; ` + "`go test ./deploy -update`" + `
# rewrites this file).
apiVersion: v1
kind: ConfigMap
metadata:
  name: byline-config
  namespace: byline
  labels:
    app.kubernetes.io/part-of: byline
data:
  byline.yaml: |
`)
	for _, line := range strings.SplitAfter(string(src), "\n") {
		if strings.TrimSpace(line) == "" {
			b.WriteString(strings.TrimLeft(line, " \t"))
			continue
		}
		b.WriteString("    " + line)
	}
	return b.String()
}

// TestConfig checks byline.yaml loads, the ConfigMap carries it verbatim,
// and there is one CronJob per crawl job, on the job's schedule.
func TestConfig(t *testing.T) {
	want := configMapText(t)
	path := filepath.Join("k8s", "configmap.yaml")
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatalf("%s is out of date with byline.yaml; run go test ./deploy -update", path)
	}
	fc, err := crawler.LoadConfig("byline.yaml")
	if err != nil {
		t.Fatalf("byline.yaml: %v", err)
	}
	// The pipeline section, decoded as the workers do: strictly.
	var top struct {
		Pipeline yamlv3.Node `yaml:"pipeline"`
	}
	raw, _ := os.ReadFile("byline.yaml")
	if err := yamlv3.Unmarshal(raw, &top); err != nil || top.Pipeline.IsZero() {
		t.Fatalf("byline.yaml: no pipeline section (%v)", err)
	}
	section, err := yamlv3.Marshal(&top.Pipeline)
	if err != nil {
		t.Fatal(err)
	}
	var pcfg pipeline.Config
	dec := yamlv3.NewDecoder(bytes.NewReader(section))
	dec.KnownFields(true)
	if err := dec.Decode(&pcfg); err != nil {
		t.Fatalf("byline.yaml pipeline: %v", err)
	}
	if err := pcfg.WithDefaults().Validate(); err != nil {
		t.Fatalf("byline.yaml pipeline: %v", err)
	}
	if pcfg.Replicas != 3 {
		t.Errorf("pipeline.replicas = %d, want 3 on a three-node cluster", pcfg.Replicas)
	}
	objs := loadManifests(t)
	for _, o := range objs {
		if cm, ok := o.obj.(*corev1.ConfigMap); ok {
			if _, err := crawler.ParseConfig([]byte(cm.Data["byline.yaml"])); err != nil {
				t.Errorf("ConfigMap %s: byline.yaml: %v", cm.Name, err)
			}
		}
	}
	cronJobs := map[string]*batchv1.CronJob{}
	for _, o := range objs {
		cj, ok := o.obj.(*batchv1.CronJob)
		if !ok {
			continue
		}
		if cj.Spec.ConcurrencyPolicy != batchv1.ForbidConcurrent {
			t.Errorf("CronJob %s: concurrencyPolicy %q, want Forbid", cj.Name, cj.Spec.ConcurrencyPolicy)
		}
		if _, err := cron.ParseStandard(cj.Spec.Schedule); err != nil {
			t.Errorf("CronJob %s: schedule %q: %v", cj.Name, cj.Spec.Schedule, err)
		}
		args := cj.Spec.JobTemplate.Spec.Template.Spec.Containers[0].Args
		i := slices.Index(args, "--job")
		if len(args) == 0 || args[0] != "crawl" || i < 0 || i+1 >= len(args) {
			t.Errorf("CronJob %s: args %q are not `crawl --job NAME ...`", cj.Name, args)
			continue
		}
		cronJobs[args[i+1]] = cj
	}
	var jobs, crons []string
	for _, j := range fc.Jobs {
		jobs = append(jobs, j.Name)
		if cj := cronJobs[j.Name]; cj != nil && cj.Spec.Schedule != j.Schedule {
			t.Errorf("CronJob for %s runs %q, byline.yaml says %q", j.Name, cj.Spec.Schedule, j.Schedule)
		}
	}
	for n := range cronJobs {
		crons = append(crons, n)
	}
	sort.Strings(jobs)
	sort.Strings(crons)
	if !slices.Equal(jobs, crons) {
		t.Errorf("crawl jobs %v but CronJobs for %v", jobs, crons)
	}
}

func TestKustomization(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("k8s", "kustomization.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var k struct {
		APIVersion string   `json:"apiVersion"`
		Kind       string   `json:"kind"`
		Namespace  string   `json:"namespace"`
		Resources  []string `json:"resources"`
		Images     []struct {
			Name   string `json:"name"`
			NewTag string `json:"newTag"`
		} `json:"images"`
	}
	if err := yaml.UnmarshalStrict(raw, &k); err != nil {
		t.Fatalf("kustomization.yaml: %v", err)
	}
	files, _ := filepath.Glob(filepath.Join("k8s", "*.yaml"))
	var want []string
	for _, f := range files {
		if b := filepath.Base(f); b != "kustomization.yaml" {
			want = append(want, b)
		}
	}
	got := slices.Clone(k.Resources)
	sort.Strings(got)
	if !slices.Equal(got, want) {
		t.Errorf("kustomization resources %v, want every manifest %v", got, want)
	}
	if k.Kind != "Kustomization" || k.Namespace != "byline" {
		t.Errorf("kustomization kind %q namespace %q", k.Kind, k.Namespace)
	}
	var buf bytes.Buffer
	for _, f := range want {
		b, _ := os.ReadFile(filepath.Join("k8s", f))
		buf.Write(b)
	}
	for _, img := range k.Images {
		if !strings.Contains(buf.String(), "image: "+img.Name+":"+img.NewTag) {
			t.Errorf("kustomization image %s:%s is not the tag the manifests use", img.Name, img.NewTag)
		}
	}
}
