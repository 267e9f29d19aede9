package handler_test

import (
	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/handler"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// terminalWrites reports the terminal payment states each webhook stores
// where its verification makes them a mistake (TerminalWrites).
var terminalWrites = &analysis.Analyzer{
	Name:     "terminalwrites",
	Doc:      "reports TerminalWrites",
	Requires: []*analysis.Analyzer{payment.Analyzer, handler.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		m, err := handler.ForRule(pass)
		if m == nil || err != nil {
			return nil, err
		}
		for _, h := range m.Judged() {
			if ok, _ := h.Webhook(); !ok {
				continue
			}
			for _, op := range m.TerminalWrites(h) {
				pass.Reportf(op.Call.Pos(), "terminal: %s", op.Desc)
			}
		}
		return nil, nil
	},
}

// TerminalWrites: a refunded, failed, charged-back or cancelled
// payment state stored where the verdict is dropped; with no check at
// all, only a state that moves money back. A verified refund, a user's
// status, a failed delivery and an unverified failure stay silent.
var _ = cases.Add(terminalWrites, "TerminalWrites", "wirehooks/hc/terminal")
