package web

import (
	"net/http"

	"audit26/kbeauty/intl"
	"audit26/kbeauty/store"

	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
)

// IDShop is the Indonesian storefront's server side and the ops admin API.
type IDShop struct {
	orders   *store.Orders
	partners *store.Partners
	rail     *intl.Indonesia
}

// NewIDShop wires it.
func NewIDShop(orders *store.Orders, partners *store.Partners, rail *intl.Indonesia) *IDShop {
	return &IDShop{orders: orders, partners: partners, rail: rail}
}

// Routes returns the go-zero routes.
func (s *IDShop) Routes() []rest.Route {
	return []rest.Route{
		{Method: http.MethodPost, Path: "/id/checkout", Handler: s.checkout},
		{Method: http.MethodGet, Path: "/id/checkout/success", Handler: s.success},
		{Method: http.MethodGet, Path: "/admin/orders/:number/invoice", Handler: s.invoice},
		{Method: http.MethodPost, Path: "/admin/payouts/:id/send", Handler: s.sendPayout},
	}
}

type checkoutReq struct {
	Number string `json:"number"`
}

func (s *IDShop) checkout(w http.ResponseWriter, r *http.Request) {
	var req checkoutReq
	if err := httpx.Parse(r, &req); err != nil {
		httpx.Error(w, err)
		return
	}
	o, err := s.orders.ByNumber(r.Context(), req.Number)
	if err != nil {
		httpx.Error(w, err)
		return
	}
	url, err := s.rail.Checkout(r.Context(), o)
	if err != nil {
		httpx.Error(w, err)
		return
	}
	httpx.OkJson(w, map[string]string{"invoice_url": url})
}

type successReq struct {
	Order string `form:"order"`
}

// success is the invoice's success_redirect_url.
func (s *IDShop) success(w http.ResponseWriter, r *http.Request) {
	var req successReq
	if err := httpx.ParseForm(r, &req); err != nil {
		httpx.Error(w, err)
		return
	}
	o, err := s.orders.ByNumber(r.Context(), req.Order)
	if err != nil {
		httpx.Error(w, err)
		return
	}
	if o.Status != store.OrderPaid {
		if err := s.orders.MarkPaid(r.Context(), o.Number, o.ProviderRef); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's"
			httpx.Error(w, err)
			return
		}
	}
	httpx.OkJson(w, map[string]string{"order": o.Number, "status": store.OrderPaid})
}

type numberReq struct {
	Number string `path:"number"`
}

func (s *IDShop) invoice(w http.ResponseWriter, r *http.Request) {
	var req numberReq
	if err := httpx.ParsePath(r, &req); err != nil {
		httpx.Error(w, err)
		return
	}
	o, err := s.orders.ByNumber(r.Context(), req.Number)
	if err != nil {
		httpx.Error(w, err)
		return
	}
	inv, err := s.rail.Refresh(r.Context(), o.ProviderRef)
	if err != nil {
		httpx.Error(w, err)
		return
	}
	httpx.OkJson(w, inv)
}

type payoutReq struct {
	ID string `path:"id"`
}

func (s *IDShop) sendPayout(w http.ResponseWriter, r *http.Request) {
	var req payoutReq
	if err := httpx.ParsePath(r, &req); err != nil {
		httpx.Error(w, err)
		return
	}
	due, err := s.partners.PendingPayouts(r.Context(), "ID", 500)
	if err != nil {
		httpx.Error(w, err)
		return
	}
	for _, p := range due {
		if p.ID == req.ID {
			if err := s.rail.PayOne(r.Context(), s.partners, p); err != nil {
				httpx.Error(w, err)
				return
			}
			httpx.OkJson(w, map[string]string{"status": "sent"})
			return
		}
	}
	w.WriteHeader(http.StatusNotFound)
}
