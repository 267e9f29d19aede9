package analyzers

import "github.com/paylint/paylint/analyzers/internal/directive"

// SetIncludeGenerated decides, for the whole process and every analyzer,
// whether findings in generated files (// Code generated … DO NOT EDIT.)
// are reported. By default they are not, in every runner, as golangci-lint
// does; the analysis still reads generated files for its model and facts.
// The -generated flag sets it.
func SetIncludeGenerated(include bool) { directive.SetIncludeGenerated(include) }
