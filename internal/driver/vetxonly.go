package driver

import "golang.org/x/tools/go/analysis"

// factsOnly returns the analyzers to run on a unit that go vet analyses
// only for the facts its importers need (VetxOnly): every dependency of
// the vetted packages, and each vetted package once more as a dependency
// of the others. unitchecker keeps there every analyzer that uses facts
// transitively, which is every rule (each requires the payment model), so
// the rules would do their whole work on each dependency to report
// nothing. Each rule is replaced by a stand-in with its name and flags
// (go vet passes the same flags to every unit) whose Run does nothing and
// which requires only the fact-producing models the rule reaches, so the
// facts are the same and the rules' own work is done once, where findings
// are reported.
func factsOnly(all []*analysis.Analyzer) []*analysis.Analyzer {
	out := make([]*analysis.Analyzer, len(all))
	for i, a := range all {
		if len(a.FactTypes) > 0 {
			out[i] = a
			continue
		}
		stand := *a
		stand.Requires = factProducers(a.Requires)
		stand.Run = func(*analysis.Pass) (any, error) { return nil, nil }
		out[i] = &stand
	}
	return out
}

// factProducers returns the analyzers with facts among as and everything
// they require, each once, in a stable order.
func factProducers(as []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		if len(a.FactTypes) > 0 {
			out = append(out, a)
			return // its own requirements run with it
		}
		for _, r := range a.Requires {
			visit(r)
		}
	}
	for _, a := range as {
		visit(a)
	}
	return out
}
