package handler

import (
	"go/types"
)

// actingVerdict: c, a port call answering a bool, may act: it answers
// (bool, error) (ApplyNotification(ctx, id, status) (changed bool, err
// error)), not a bare question, and is handed the event's values.
func (m *Model) actingVerdict(h *Handler, c ifaceCall) bool {
	sig, _ := c.Method.Type().(*types.Signature)
	if sig == nil || sig.Results().Len() != 2 || !types.Identical(sig.Results().At(1).Type(), errorType) {
		return false
	}
	return m.wireHandsEvent(h, c.Call)
}
