package api

import (
	"log/slog"
	"net/http"

	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"

	"audit22/ridehail/billing"
)

// TopUp serves the Indonesian wallet top-up pages on the go-zero gateway.
type TopUp struct {
	billing *billing.Service
	log     *slog.Logger
}

// NewTopUp builds the top-up pages.
func NewTopUp(b *billing.Service, log *slog.Logger) *TopUp { return &TopUp{billing: b, log: log} }

// Mount adds the routes.
func (t *TopUp) Mount(s *rest.Server) {
	s.AddRoutes([]rest.Route{
		{Method: http.MethodPost, Path: "/topup", Handler: t.start},
		{Method: http.MethodGet, Path: "/topup/finish", Handler: t.finish},
	})
}

type topUpReq struct {
	RiderID string  `json:"rider_id"`
	Amount  float64 `json:"amount"`
}

func (t *TopUp) start(w http.ResponseWriter, r *http.Request) {
	var req topUpReq
	if err := httpx.Parse(r, &req); err != nil {
		httpx.Error(w, err)
		return
	}
	co, err := t.billing.StartTopUp(r.Context(), req.RiderID, req.Amount)
	if err != nil {
		httpx.Error(w, err)
		return
	}
	httpx.OkJson(w, co)
}

type finishReq struct {
	OrderID           string `form:"order_id"`
	StatusCode        string `form:"status_code"`
	TransactionStatus string `form:"transaction_status"`
}

// finish is Midtrans' finish redirect after the GoPay app.
func (t *TopUp) finish(w http.ResponseWriter, r *http.Request) {
	var req finishReq
	if err := httpx.ParseForm(r, &req); err != nil {
		httpx.Error(w, err)
		return
	}
	state := "pending"
	if req.TransactionStatus == "settlement" && req.StatusCode == "200" {
		if err := t.billing.ConfirmTopUp(r.Context(), req.OrderID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's"
			t.log.Error("confirm top-up", "order", req.OrderID, "err", err)
		} else {
			state = "paid"
		}
	}
	httpx.OkJson(w, map[string]string{"order_id": req.OrderID, "state": state})
}
