// Package admin is the pharmacists' back-office API (go-zero).
package admin

import (
	"errors"
	"net/http"

	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"

	"audit24/pharmacy24/checkout"
	"audit24/pharmacy24/store"
)

type reviewRequest struct {
	OrderID  string `json:"order_id"`
	Decision string `json:"decision"`
	Reason   string `json:"reason,optional"`
}

type Handlers struct {
	svc *checkout.Service
}

func Register(server *rest.Server, svc *checkout.Service) {
	h := &Handlers{svc: svc}
	server.AddRoutes([]rest.Route{
		{Method: http.MethodPost, Path: "/admin/prescriptions/review", Handler: h.review},
		{Method: http.MethodGet, Path: "/admin/orders/:id", Handler: h.order},
	})
}

func (h *Handlers) review(w http.ResponseWriter, r *http.Request) {
	var req reviewRequest
	if err := httpx.Parse(r, &req); err != nil {
		httpx.Error(w, err)
		return
	}
	o, err := h.svc.Orders().Get(r.Context(), req.OrderID)
	if err != nil || o == nil {
		httpx.Error(w, errors.New("order not found"))
		return
	}
	switch req.Decision {
	case "approve":
		if o.Provider == "razorpay" {
			err = h.svc.Capture(r.Context(), o, o.ProviderRef)
		}
	case "reject":
		if o.Status == store.StatusPaid && o.Provider == "mercadopago" {
			err = h.svc.RefundRejected(r.Context(), o)
		} else {
			err = h.svc.Orders().SetStatus(r.Context(), o.ID, store.StatusRejected)
		}
	default:
		err = errors.New("unknown decision")
	}
	if err != nil {
		httpx.Error(w, err)
		return
	}
	httpx.OkJsonCtx(r.Context(), w, map[string]string{"order_id": o.ID, "decision": req.Decision})
}

func (h *Handlers) order(w http.ResponseWriter, r *http.Request) {
	var req struct {
		ID string `path:"id"`
	}
	if err := httpx.ParsePath(r, &req); err != nil {
		httpx.Error(w, err)
		return
	}
	o, err := h.svc.Orders().Get(r.Context(), req.ID)
	if err != nil {
		httpx.Error(w, err)
		return
	}
	httpx.OkJsonCtx(r.Context(), w, o)
}
