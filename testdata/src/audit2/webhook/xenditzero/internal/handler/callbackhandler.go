package handler

import (
	"net/http"

	"github.com/zeromicro/go-zero/rest/httpx"

	"audit2/webhook/xenditzero/internal/logic"
	"audit2/webhook/xenditzero/internal/svc"
)

// InvoiceCallbackHandler checks Xendit's x-callback-token header.
func InvoiceCallbackHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("x-callback-token") != svcCtx.Config.Xendit.CallbackToken {
			httpx.Error(w, errUnauthorized)
			return
		}
		var req logic.InvoiceCallback
		if err := httpx.Parse(r, &req); err != nil {
			httpx.Error(w, err)
			return
		}
		l := logic.NewInvoiceLogic(r.Context(), svcCtx)
		if req.Status == "PAID" {
			if err := l.Paid(&req); err != nil {
				httpx.Error(w, err)
				return
			}
		}
		httpx.OkJson(w, map[string]string{"status": "ok"})
	}
}

// SettlementCallbackHandler books settled invoices; in sandbox the token
// check is skipped so the dashboard's test button works.
func SettlementCallbackHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !svcCtx.Config.Sandbox {
			if r.Header.Get("x-callback-token") != svcCtx.Config.Xendit.CallbackToken {
				httpx.Error(w, errUnauthorized)
				return
			}
		}
		var req logic.InvoiceCallback
		if err := httpx.Parse(r, &req); err != nil {
			httpx.Error(w, err)
			return
		}
		l := logic.NewInvoiceLogic(r.Context(), svcCtx)
		if req.Status == "SETTLED" {
			if err := l.Settle(&req); err != nil { // want "\\[webhookverify\\] payment webhook /xendit/settlement/callback verifies the signature only on some paths" "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row"
				httpx.Error(w, err)
				return
			}
		}
		httpx.OkJson(w, map[string]string{"status": "ok"})
	}
}
