package handler_test

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

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

var _ = cases.Add(describe, "Model", "handler/nethttp", "handler/routers", "handler/frameworks")

// Facts checks the summaries exported for wrappers.
var _ = cases.Add(handler.Analyzer, "Facts", "handler/facts")
