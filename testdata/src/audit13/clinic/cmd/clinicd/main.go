// Command clinicd runs the clinic's billing backend: the patient portal
// (echo), the app API (chi), the notification gateway (go-zero) and the
// background workers.
package main

import (
	"context"
	"database/sql"
	"log"
	"net/http"
	"os"
	"time"

	"audit13/clinic/claims"
	"audit13/clinic/copays"
	"audit13/clinic/deposits"
	"audit13/clinic/idpay"
	"audit13/clinic/latam"
	"audit13/clinic/pharmacy"
	"audit13/clinic/platform"
	"audit13/clinic/store"
	"audit13/clinic/telecare"
	"audit13/clinic/webhooks"
	"audit13/clinic/workers"

	machinery "github.com/RichardKnop/machinery/v1"
	mconfig "github.com/RichardKnop/machinery/v1/config"
	"github.com/braintree-go/braintree-go"
	"github.com/go-chi/chi/v5"
	"github.com/hibiken/asynq"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"github.com/mercadopago/sdk-go/pkg/config"
	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/midtrans/midtrans-go"
	"github.com/redis/go-redis/v9"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/zeromicro/go-zero/rest"
	"gorm.io/gorm"
)

type postgres struct{ dsn string }

func (postgres) Name() string { return "postgres" }

func main() {
	ctx := context.Background()
	cfg := platform.Load()
	stripe.Key = cfg.StripeKey

	gdb, err := gorm.Open(postgres{cfg.DSN})
	if err != nil {
		log.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, cfg.DSN)
	if err != nil {
		log.Fatal(err)
	}
	sdb, err := sql.Open("pgx", cfg.DSN)
	if err != nil {
		log.Fatal(err)
	}
	xdb, err := sqlx.Connect("pgx", cfg.DSN)
	if err != nil {
		log.Fatal(err)
	}

	visits := store.NewVisits(gdb)
	appts := store.NewAppointments(pool)
	events := store.NewEvents(pool)
	messenger := telecare.NewMessenger(os.Getenv("SMS_URL"), os.Getenv("SMS_TOKEN"), os.Getenv("SMTP_ADDR"),
		"billing@clinic.example", nil)

	bt := braintree.New(braintree.Sandbox, cfg.BraintreeMerchant, cfg.BraintreePublic, cfg.BraintreePrivate)
	mpcfg, err := config.New(cfg.MercadoPagoToken)
	if err != nil {
		log.Fatal(err)
	}
	mp := payment.NewClient(mpcfg)

	dep := deposits.New(appts, cfg.PublicURL+"/deposits/complete", deposits.WithAttempts(4)) // want "\\[redirectfulfill\\] order fulfilled by the success-redirect handler deposits.Service.Complete \\(/deposits/complete\\), which calls deposits.Service.ConfirmBooking \\(http.go:29\\) after reading the payment from the provider without checking that its status is paid; bound here, deposits.Service.ConfirmBooking stores the payment hold \"authorized\" through store.Appointments.SetDeposit"
	refunds := deposits.NewRefunder(sdb)
	cop := copays.New(bt, visits)
	lat := latam.New(mp, visits)
	idp := idpay.New(cfg.MidtransServerKey, midtrans.Production, visits)
	bank := pharmacy.NewBank(cfg.BankURL, cfg.BankToken, os.Getenv("BANK_ACCOUNT"))
	clearinghouse := claims.NewTracker(claims.NewClient(cfg.ClearinghouseURL, cfg.ClearinghouseToken), sdb)
	_ = clearinghouse

	aq := asynq.NewClient(asynq.RedisClientOpt{Addr: cfg.RedisAddr})
	queue := workers.NewQueue(aq)

	// App API (chi).
	r := chi.NewRouter()
	r.Get("/deposits/complete", dep.Complete)
	r.Get("/pay/midtrans/finish", idp.Finish)
	cop.Routes(r)
	r.Route("/webhooks", func(wr chi.Router) {
		wr.Method(http.MethodPost, "/midtrans", webhooks.NewMidtransHook(cfg.MidtransServerKey, idp, messenger, visits)) // want "\\[webhookverify\\] payment webhook webhooks.MidtransHook.ServeHTTP skips signature verification when the secret is empty \\(fails open\\) before webhooks.NotificationApplier.ApplyNotification \\(midtrans.go:60\\), bound here to idpay.Service.ApplyNotification"
		wr.Method(http.MethodPost, "/braintree", webhooks.NewBraintreeHook(bt, queue))
		wr.Method(http.MethodPost, "/bank", pharmacy.NewBankEvents(cfg.BankWebhookSecret, sdb))
	})

	// Patient portal (echo).
	e := echo.New()
	lat.Register(e.Group("/pay"))
	e.POST("/webhooks/stripe", webhooks.NewStripeHook(cfg.StripeWebhookSecret, cfg.StripeSandbox, events, dep, appts).Handle) // want "\\[webhookverify\\] payment webhook webhooks.StripeHook.Handle verifies the signature only on some paths \\(a condition skips it\\) before domain.AppointmentStore.SetDeposit \\(stripe.go:83\\), bound here to store.Appointments.SetDeposit"

	// Notification gateway (go-zero).
	gw := rest.MustNewServer(rest.RestConf{})
	gw.AddRoutes(webhooks.NewMercadoPagoHook(cfg.MercadoPagoSecret, mp, visits, sdb).Routes())

	// Workers.
	mux := asynq.NewServeMux()
	workers.NewUnpaid(visits, mp, idp, messenger, func(ctx context.Context, patientID string) (string, error) {
		var phone string
		err := pool.QueryRow(ctx, `SELECT phone FROM patients WHERE id = $1`, patientID).Scan(&phone)
		return phone, err
	}).Register(mux)
	msrv, err := machinery.NewServer(&mconfig.Config{Broker: "redis://" + cfg.RedisAddr, DefaultQueue: "billing"})
	if err != nil {
		log.Fatal(err)
	}
	if err := workers.NewDeposits(xdb, dep).Register(msrv); err != nil {
		log.Fatal(err)
	}
	if err := msrv.RegisterTask(workers.TaskPayPharmacy, workers.NewPharmacy(xdb, bank).PayDue); err != nil {
		log.Fatal(err)
	}

	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})
	avail := telecare.NewAvailability(rdb, func(ctx context.Context) (map[string][]string, error) {
		return map[string][]string{}, nil
	})
	go avail.Run(ctx)
	go func() {
		t := time.NewTicker(10 * time.Minute)
		for range t.C {
			if err := refunds.SweepOnce(ctx); err != nil {
				log.Printf("refund sweep: %v", err)
			}
		}
	}()

	go func() {
		log.Fatal(asynq.NewServer(asynq.RedisClientOpt{Addr: cfg.RedisAddr}, asynq.Config{Concurrency: 4}).Run(mux))
	}()
	go func() { log.Fatal(msrv.NewWorker("clinicd", 2).Launch()) }()
	go func() { log.Fatal(e.Start(":8081")) }()
	go gw.Start()
	log.Fatal(http.ListenAndServe(":8080", r))
}
