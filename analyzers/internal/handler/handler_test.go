package handler_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/internal/handler"
)

// describe reports every handler the model finds, with its routes,
// classification and reads.
var describe = &analysis.Analyzer{
	Name:     "describe",
	Doc:      "reports the handler model",
	Requires: []*analysis.Analyzer{handler.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		m := pass.ResultOf[handler.Analyzer].(*handler.Model)
		for _, h := range m.Handlers {
			var routes, params, headers []string
			for _, r := range h.Routes {
				s := strings.TrimSpace(r.Method + " " + r.Path)
				if n := len(r.Middleware) + len(r.External); n > 0 {
					s += fmt.Sprintf(" mw=%d", n)
				}
				routes = append(routes, s)
			}
			for _, p := range h.Params {
				params = append(params, p.Source+":"+p.Name)
			}
			for _, p := range h.Headers {
				headers = append(headers, p.Source+":"+p.Name)
			}
			_, redirect := h.Redirect()
			_, webhook := h.Webhook()
			pass.Reportf(h.Node.Pos(), "handler %sfw=%s routes=[%s] redirect=%s webhook=%s params=[%s] headers=[%s]",
				prefix(h.Name), h.Framework, strings.Join(routes, ","), dash(redirect), dash(webhook),
				strings.Join(params, " "), strings.Join(headers, " "))
		}
		return nil, nil
	},
}

func prefix(s string) string {
	if s == "" {
		return ""
	}
	return s + " "
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func TestModel(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, describe, "handler/nethttp", "handler/routers", "handler/frameworks")
}

// TestFacts checks the summaries exported for wrappers.
func TestFacts(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, handler.Analyzer, "handler/facts")
}
