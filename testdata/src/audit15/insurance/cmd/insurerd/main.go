// Command insurerd runs the premium and claims payment backend.
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/RichardKnop/machinery/v1"
	mconfig "github.com/RichardKnop/machinery/v1/config"
	"github.com/beego/beego/v2/server/web"
	"github.com/braintree-go/braintree-go"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/go-chi/chi/v5"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/jmoiron/sqlx"
	"github.com/kataras/iris/v12"
	mpconfig "github.com/mercadopago/sdk-go/pkg/config"
	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/midtrans/midtrans-go"
	"github.com/midtrans/midtrans-go/coreapi"
	"github.com/redis/go-redis/v9"
	"github.com/zeromicro/go-zero/rest"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	"gorm.io/gorm"

	"audit15/insurance/bankpay"
	"audit15/insurance/gateways"
	"audit15/insurance/hooks"
	"audit15/insurance/partners"
	"audit15/insurance/platform"
	"audit15/insurance/store"
	pages "audit15/insurance/web"
	"audit15/insurance/workers"
)

type pg struct{ dsn string }

func (pg) Name() string { return "postgres" }

func must[T any](v T, err error) T {
	if err != nil {
		log.Fatal(err)
	}
	return v
}

func main() {
	ctx := context.Background()
	db := must(sqlx.Connect("postgres", os.Getenv("DATABASE_URL")))
	gdb := must(gorm.Open(pg{os.Getenv("DATABASE_URL")}))
	mc := must(mongo.Connect(ctx, options.Client().ApplyURI(os.Getenv("MONGO_URL"))))
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})

	policies := store.NewPolicies(db)
	claims := store.NewClaims(gdb)
	events := store.NewEventLog(mc.Database("payments"))
	sms := partners.NewSMS(os.Getenv("SMS_URL"), os.Getenv("SMS_KEY"))
	docs := partners.NewDocuments(os.Getenv("DOCS_URL"))

	bt := braintree.New(braintree.Sandbox, os.Getenv("BT_MERCHANT"), os.Getenv("BT_PUBLIC"), os.Getenv("BT_PRIVATE"))
	gc := must(gocardless.New(must(gocardless.NewConfig(os.Getenv("GC_TOKEN")))))
	mp := gateways.NewMercadoPago(payment.NewClient(must(mpconfig.New(os.Getenv("MP_TOKEN")))), os.Getenv("MP_TOKEN"))
	var mt coreapi.Client
	mt.New(os.Getenv("MIDTRANS_SERVER_KEY"), midtrans.Production)
	midtransGW := gateways.NewMidtrans(mt, 10*time.Minute)
	card := gateways.NewCard(bt)
	dd := gateways.NewDirectDebit(gc, platform.DefaultRetry)
	bank := bankpay.New(os.Getenv("BANK_TOKEN"), bankpay.WithRetries(4))

	tasksrv := must(machinery.NewServer(&mconfig.Config{Broker: os.Getenv("AMQP_URL"), DefaultQueue: "payments"}))
	payouts := &workers.Payouts{Bank: bank, Claims: claims, Fraud: partners.NewFraud(os.Getenv("FRAUD_URL")),
		KYC: partners.NewKYC(os.Getenv("KYC_URL"), os.Getenv("KYC_KEY"))}
	collection := &workers.Collection{Policies: policies, DD: dd, Card: card, Midtrans: midtransGW, Notifier: sms}
	refunds := &workers.Refunds{Policies: policies, Card: card, GC: gc, MP: mp, Midtrans: mt, Now: time.Now}
	if err := tasksrv.RegisterTasks(map[string]interface{}{
		"claims.pay":                payouts.PayClaim,
		"claims.reissue":            payouts.Reissue,
		"premium.collect":           collection.CollectMonthly,
		"premium.recollect":         collection.Recollect,
		"premium.confirm":           collection.ConfirmDirectDebit,
		"premium.card":              collection.ChargeCard,
		"premium.midtrans":          collection.CollectMidtrans,
		"premium.remind":            collection.Remind,
		"policies.refund_cancelled": refunds.RefundCancelled,
	}); err != nil {
		log.Fatal(err)
	}
	go func() { log.Fatal(tasksrv.NewWorker("insurerd", 4).Launch()) }()

	// GoCardless on go-zero.
	zs := rest.MustNewServer(rest.RestConf{})
	gcRoutes := must(hooks.GoCardlessRoutes(os.Getenv("GC_WEBHOOK_SECRET"), &hooks.GoCardlessEvents{
		Premiums: policies, Cover: store.NewCover(gdb), Tasks: tasksrv,
	}))
	zs.AddRoutes(gcRoutes)
	go zs.Start()

	// Mercado Pago on iris.
	ia := iris.New()
	mpHook := &hooks.MercadoPago{MP: mp, Events: events, Activator: policies, Docs: docs, Secret: os.Getenv("MP_WEBHOOK_SECRET")}
	ia.Post("/webhooks/mercadopago", mpHook.Notify)

	// Midtrans on beego.
	mtHook := &hooks.Midtrans{ServerKey: os.Getenv("MIDTRANS_SERVER_KEY"), Premiums: policies,
		Activator: policies, Seen: store.NewSeen(rdb), Notifier: sms}
	web.Post("/webhooks/midtrans", mtHook.Notify)

	// Braintree on hertz.
	h := server.Default()
	btHook := &hooks.Braintree{BT: bt, Premiums: policies, Ledger: policies} // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(hooks.Braintree.Handle calls hooks.Ledger.AppendLedger"
	h.POST("/webhooks/braintree", btHook.Handle)

	// Bank callbacks and the return pages on net/http.
	cb := &hooks.BankCallbacks{Claims: claims, Tasks: tasksrv}
	r := chi.NewRouter()
	r.Group(func(g chi.Router) {
		g.Use(bankpay.RequireSignature([]byte(os.Getenv("BANK_CALLBACK_SECRET"))))
		g.Post("/callbacks/bank/transfers", cb.TransferStatus)
	})
	r.Post("/callbacks/bank/returns", cb.Returned) // want "\\[webhookverify\\] payment webhook handler cb.Returned \\(package audit15/insurance/hooks\\) mounted on POST /callbacks/bank/returns verifies no signature"

	mux := http.NewServeMux()
	pages.NewPages(policies, midtransGW, policies).Routes(mux)
	mux.Handle("/callbacks/", r)

	warm := store.NewRates(rdb)
	if err := warm.Warm(ctx, map[string]float64{"IDR": 16250, "MXN": 17.1, "BRL": 5.4}); err != nil {
		log.Printf("fx warm: %v", err)
	}
	log.Fatal(http.ListenAndServe(":8080", mux))
}
