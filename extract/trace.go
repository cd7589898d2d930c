package extract

// Trace records what every extraction rule proposed for a page, field by
// field, so `byline eval --rules` can tell how often each rule fires and
// how often it is right. Resolvers always run every rule of a field when a
// trace is asked for (not only up to the first that decides), so each
// rule is judged on its own.
type Trace struct {
	Events []RuleEvent
}

// RuleEvent is one rule's proposal for one field of one page.
type RuleEvent struct {
	Field  string `json:"field"`  // "headline", "authors", "published", "body-drop", ...
	Rule   string `json:"rule"`   // the rule's name, unique within the field
	Value  string `json:"value"`  // what it proposed (for a body filter: the text it removed)
	Chosen bool   `json:"chosen"` // the resolver took this proposal
}

// add records an event; a nil trace records nothing.
func (t *Trace) add(field, rule, value string, chosen bool) {
	if t == nil {
		return
	}
	t.Events = append(t.Events, RuleEvent{Field: field, Rule: rule, Value: value, Chosen: chosen})
}

// on reports whether the trace records anything.
func (t *Trace) on() bool { return t != nil }
