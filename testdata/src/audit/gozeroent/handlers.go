// Package gozeroent is a go-zero service with ent: the buyer comes back
// from the hosted payment page to /pay/return.
package gozeroent

import (
	"net/http"
	"strconv"
	"time"

	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"

	"audit/gozeroent/ent"
)

type ServiceContext struct {
	DB *ent.Client
}

func RegisterHandlers(server *rest.Server, svc *ServiceContext) {
	server.AddRoutes([]rest.Route{
		{Method: http.MethodGet, Path: "/pay/return", Handler: PayReturnHandler(svc)},
		{Method: http.MethodGet, Path: "/pay/return/upgrade", Handler: UpgradeReturnHandler(svc)},
		{Method: http.MethodPost, Path: "/account/verify/return", Handler: KycReturnHandler(svc)},
		{Method: http.MethodPost, Path: "/orders/address", Handler: AddressHandler(svc)},
	})
}

type returnReq struct {
	OrderID int    `form:"order_id"`
	Result  string `form:"result"`
}

// PayReturnHandler trusts the result the hosted page put in the URL.
func PayReturnHandler(svc *ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req returnReq
		if err := httpx.Parse(r, &req); err != nil {
			httpx.Error(w, err)
			return
		}
		if req.Result == "success" {
			_, err := svc.DB.Order.UpdateOneID(req.OrderID). // want `\[redirectfulfill\]\ order\ fulfilled\ in\ the\ success\-redirect\ handler\ from\ a\ form\ value\ \(res`
				// audit: found redirectfulfill: order marked paid from the return URL's result, no provider read
				SetStatus("paid").
				SetPaidAt(time.Now()).
				Save(r.Context())
			if err != nil {
				httpx.Error(w, err)
				return
			}
		}
		http.Redirect(w, r, "/orders/"+strconv.Itoa(req.OrderID), http.StatusFound)
	}
}

// UpgradeReturnHandler grants the plan on the redirect's query string.
func UpgradeReturnHandler(svc *ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		uid, _ := strconv.Atoi(q.Get("uid"))
		if q.Get("status") == "succeeded" {
			// audit: found redirectfulfill: pro plan granted from the redirect's status parameter
			_ = svc.DB.User.UpdateOneID(uid).SetPlan("pro").Exec(r.Context()) // want `\[redirectfulfill\]\ order\ fulfilled\ in\ the\ success\-redirect\ handler\ from\ the\ query\ string\ `
		}
		httpx.OkJson(w, map[string]string{"plan": "pro"})
	}
}

// KycReturnHandler: the identity provider's return; a profile status, not
// a payment (look-alike, must stay silent).
func KycReturnHandler(svc *ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		uid, _ := strconv.Atoi(r.URL.Query().Get("uid"))
		if r.URL.Query().Get("status") == "success" {
			_ = svc.DB.User.UpdateOneID(uid).SetStatus("verified").Exec(r.Context())
		}
		w.WriteHeader(http.StatusNoContent)
	}
}

// AddressHandler updates a shipment address (look-alike).
func AddressHandler(svc *ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, _ := strconv.Atoi(r.FormValue("order_id"))
		_, err := svc.DB.Order.UpdateOneID(id).SetShippingAddress(r.FormValue("address")).Save(r.Context())
		if err != nil {
			httpx.Error(w, err)
			return
		}
		httpx.OkJson(w, map[string]bool{"ok": true})
	}
}
