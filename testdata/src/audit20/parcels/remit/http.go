package remit

import (
	"net/http"

	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
)

// Routes is the seller app's remittance API (go-zero; the gateway in front
// of it authenticates the seller and sets X-Seller-Id).
func Routes(svc *Service) []rest.Route {
	h := &instantHandler{svc: svc}
	return []rest.Route{
		{Method: http.MethodPost, Path: "/seller/remittances/instant", Handler: h.create},
		{Method: http.MethodGet, Path: "/seller/remittances/:id", Handler: h.get},
	}
}

type instantHandler struct {
	svc *Service
}

type instantResp struct {
	PayoutID string `json:"payout_id"`
	Status   string `json:"status"`
	Amount   int64  `json:"amount"`
}

func (h *instantHandler) create(w http.ResponseWriter, r *http.Request) {
	sellerID := r.Header.Get("X-Seller-Id")
	p, err := h.svc.PayNow(r.Context(), sellerID)
	if err != nil {
		httpx.Error(w, err)
		return
	}
	httpx.OkJsonCtx(r.Context(), w, instantResp{PayoutID: p.ID, Status: p.Status, Amount: p.Amount})
}

type getReq struct {
	ID string `path:"id"`
}

func (h *instantHandler) get(w http.ResponseWriter, r *http.Request) {
	var req getReq
	if err := httpx.Parse(r, &req); err != nil {
		httpx.Error(w, err)
		return
	}
	rm, err := h.svc.store.Get(r.Context(), req.ID)
	if err != nil || rm.SellerID != r.Header.Get("X-Seller-Id") {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	httpx.OkJsonCtx(r.Context(), w, rm)
}
