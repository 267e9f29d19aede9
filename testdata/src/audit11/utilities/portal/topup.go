package portal

import (
	"context"
	"encoding/json"
	"html/template"
	"net/http"
	"time"

	"github.com/google/uuid"
	"github.com/gorilla/mux"

	"audit11/utilities/billing"
	"audit11/utilities/topup"
)

var topupDone = template.Must(template.New("done").Parse(
	`<h1>Top-up {{.Status}}</h1><p>Reference {{.Reference}}</p>`))

// TopUpStore reads top-ups.
type TopUpStore interface {
	TopUp(ctx context.Context, id string) (*billing.TopUp, error)
}

// TopUpPages serves the prepaid meter top-up pages.
type TopUpPages struct {
	agg    *topup.Client
	svc    *topup.Service
	topups TopUpStore
}

func NewTopUpPages(agg *topup.Client, svc *topup.Service, topups TopUpStore) *TopUpPages {
	return &TopUpPages{agg: agg, svc: svc, topups: topups}
}

// Routes registers the pages.
func (tp *TopUpPages) Routes(r *mux.Router) {
	r.HandleFunc("/topups", tp.Create).Methods(http.MethodPost)
	r.HandleFunc("/topups/{id}/complete", tp.Complete).Methods(http.MethodGet)
}

type createTopUp struct {
	MeterID     string `json:"meter_id"`
	AccountID   string `json:"account_id"`
	MSISDN      string `json:"msisdn"`
	AmountMinor int64  `json:"amount_minor"`
	Currency    string `json:"currency"`
}

// Create starts a top-up; the customer approves it on their handset.
func (tp *TopUpPages) Create(w http.ResponseWriter, r *http.Request) {
	var in createTopUp
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.AmountMinor <= 0 {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	t := &billing.TopUp{ID: uuid.NewString(), MeterID: in.MeterID, AccountID: in.AccountID,
		MSISDN: in.MSISDN, AmountMinor: in.AmountMinor, Currency: in.Currency, CreatedAt: time.Now()}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		_ = tp.svc.Buy(ctx, t)
	}()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusAccepted)
	_ = json.NewEncoder(w).Encode(map[string]string{"id": t.ID, "status": topup.StatusPending})
}

// Complete is the page the aggregator's hosted checkout returns to.
func (tp *TopUpPages) Complete(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	t, err := tp.topups.TopUp(ctx, mux.Vars(r)["id"])
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if t.Status == topup.StatusPending && t.ProviderRef != "" {
		col, err := tp.agg.GetCollection(ctx, t.ProviderRef)
		if err != nil {
			http.Error(w, "we could not confirm your payment yet, please refresh", http.StatusBadGateway)
			return
		}
		if err := tp.svc.Deliver(ctx, t, col.ID); err != nil { // audit: reported at cmd/billingd/main.go:94 (redirectfulfill, where main binds Deliver's ports): the /topups/{id}/complete return page reads the collection from the aggregator but never checks col.Status before Deliver vends the token (Exirom "successRedirectUrl is for user experience only")
			http.Error(w, "your token is on its way by SMS", http.StatusAccepted)
			return
		}
		t.Status = topup.StatusSuccessful
	}
	_ = topupDone.Execute(w, map[string]string{"Status": t.Status, "Reference": t.ID})
}
