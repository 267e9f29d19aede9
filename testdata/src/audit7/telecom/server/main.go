// Package server wires the billing API: webhooks, portal, workers.
package server

import (
	"context"
	"database/sql"
	"net/http"
	"os"
	"time"

	"github.com/gin-gonic/gin"

	"audit7/telecom/billingsvc"
	"audit7/telecom/datapacks"
	"audit7/telecom/dunning"
	"audit7/telecom/hooks"
	"audit7/telecom/portal"
	"audit7/telecom/topupclient"
)

type Config struct {
	Addr          string
	ProvisionURL  string
	ProvisionTok  string
	AdyenHMACKey  string
	AggregatorKey string
	TopUp         topupclient.Config
}

func Run(ctx context.Context, db *sql.DB, cfg Config, dun *dunning.Worker) error {
	svc := billingsvc.New(db)
	network := &datapacks.Provisioner{BaseURL: cfg.ProvisionURL, Token: cfg.ProvisionTok, HC: &http.Client{Timeout: 10 * time.Second}}
	h := hooks.New(svc, svc, network, cfg.AdyenHMACKey, []byte(cfg.AggregatorKey))

	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/adyen", h.AdyenNotification)
	mux.HandleFunc("POST /webhooks/gocardless", h.GoCardlessEvents) // want "\\[webhookverify\\] payment webhook handler h.GoCardlessEvents .* verifies no signature, and no middleware on this route does: it acts on the payment through hooks.Billing.SettleInvoice"
	mux.HandleFunc("POST /webhooks/topup", h.TopUpCompleted)
	mux.HandleFunc("POST /webhooks/porting", h.PortingUpdate)

	sms := &topupclient.SMSGateway{Endpoint: os.Getenv("SMS_URL"), HC: http.DefaultClient}
	go h.DrainSMS(ctx, sms)
	go dun.Run(ctx)

	r := gin.Default()
	p := &portal.Handler{TopUps: topupclient.New(cfg.TopUp), DB: db}
	p.Register(r)
	mux.Handle("/account/", r)

	srv := &http.Server{Addr: cfg.Addr, Handler: mux}
	return srv.ListenAndServe()
}
