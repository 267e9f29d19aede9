// Command laundryd runs the laundry pickup backend.
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"html/template"
	"log"
	"net/http"
	"os"

	"github.com/RichardKnop/machinery/v1"
	mconfig "github.com/RichardKnop/machinery/v1/config"
	beego "github.com/beego/beego/v2/server/web"
	"github.com/go-chi/chi/v5"
	"github.com/jmoiron/sqlx"
	mpconfig "github.com/mercadopago/sdk-go/pkg/config"
	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/redis/go-redis/v9"
	sqclient "github.com/square/square-go-sdk/client"
	"github.com/square/square-go-sdk/option"
	"github.com/valyala/fasthttp"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"audit17/laundry/bankfolio"
	"audit17/laundry/molliepay"
	"audit17/laundry/mpago"
	"audit17/laundry/squarepos"
	"audit17/laundry/store"
	"audit17/laundry/web"
	"audit17/laundry/webhooks"
	"audit17/laundry/worker"
)

func main() {
	ctx := context.Background()
	db, err := sqlx.Connect("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	raw, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	mc, err := mongo.Connect(ctx, options.Client().ApplyURI(os.Getenv("MONGO_URL")))
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})

	orders := store.NewOrderStore(db)
	loyalty := store.NewLoyaltyStore(raw)
	photos := store.NewPhotos(mc.Database("laundry"))
	_ = store.NewSeen(rdb)

	mpCfg, err := mpconfig.New(os.Getenv("MP_ACCESS_TOKEN"))
	if err != nil {
		log.Fatal(err)
	}
	mpREST := mpago.New(os.Getenv("MP_ACCESS_TOKEN"))
	mpPay := mpago.NewPayments(payment.NewClient(mpCfg))
	gw, err := molliepay.NewGateway(os.Getenv("SITE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	sq := sqclient.NewClient(option.WithToken(os.Getenv("SQUARE_TOKEN")))
	terminal := squarepos.NewTerminal(os.Getenv("SQUARE_TOKEN"), os.Getenv("SQUARE_LOCATION"))
	bank := bankfolio.NewClient(os.Getenv("BANK_URL"), os.Getenv("BANK_KEY"))
	planner := worker.NewRoutePlanner(os.Getenv("PLANNER_URL"))
	sms := worker.NewSMS(os.Getenv("SMS_URL"), os.Getenv("SMS_TOKEN"))

	queue, err := machinery.NewServer(&mconfig.Config{Broker: os.Getenv("AMQP_URL"), DefaultQueue: "laundry"})
	if err != nil {
		log.Fatal(err)
	}
	refunds := worker.NewRefunds(orders, sq, mpREST, gw)
	settle := worker.NewSettlement(bank)
	plans := worker.NewPlans(orders, mpREST)
	reminders := worker.NewReminders(sms, func(ctx context.Context) ([]worker.Pickup, error) { return nil, nil })
	if err := queue.RegisterTasks(map[string]interface{}{
		"claims.refund_nightly": refunds.Run,
		"franchise.settle":      settle.Run,
		"plans.renew":           plans.Run,
		"pickups.remind":        reminders.Run,
	}); err != nil {
		log.Fatal(err)
	}

	r := chi.NewRouter()
	mpHooks := &webhooks.MercadoPago{
		Secret:   os.Getenv("MP_WEBHOOK_SECRET"),
		Orders:   orders,
		Loyalty:  loyalty,
		Events:   orders,
		Payments: mpPay,
		Queue:    queue,
	}
	mpHooks.Routes(r)
	pages := web.NewPages(orders, mpPay, gw, orders, template.Must(template.ParseGlob("templates/*.html"))) // want "\\[redirectfulfill\\] order fulfilled by the success-redirect handler web.Pages.mpSuccess \\(/pagos/mercadopago/exito\\), which calls domain.Orders.ReleaseForPickup \\(returns.go:64\\) without reading the payment's status from the provider; bound here, domain.Orders.ReleaseForPickup is store.OrderStore.ReleaseForPickup: order status \"released\" stored" "\\[redirectfulfill\\] order fulfilled by the success-redirect handler web.Pages.mollieReturn \\(/betaling/terug\\), which calls domain.Orders.MarkPaid \\(returns.go:117\\) after reading the payment from the provider without checking that its status is paid; bound here, domain.Orders.MarkPaid is store.OrderStore.MarkPaid"
	pages.Mount(r)
	r.Post("/pos/tickets/{id}/charge", posCharge(terminal))
	r.Post("/pos/tickets/{id}/photos", func(w http.ResponseWriter, r *http.Request) {
		_ = photos.Save(r.Context(), store.GarmentPhoto{OrderID: chi.URLParam(r, "id")})
		w.WriteHeader(http.StatusAccepted)
	})

	sqHooks := &webhooks.Square{
		SignatureKey:    os.Getenv("SQUARE_SIGNATURE_KEY"),
		NotificationURL: os.Getenv("SITE_URL") + "/square/webhook",
		Client:          sq,
		Orders:          orders,
		Earnings:        orders,  // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(webhooks.Square.PaymentUpdated calls webhooks.Earnings.AddFranchiseEarning"
		Planner:         planner, // want "\\[webhookack\\] webhook handler calls webhooks.PickupPlanner.SchedulePickup \\(square.go:92"
	}
	beego.Post("/square/webhook", sqHooks.PaymentUpdated)

	mollieHook := webhooks.NewMollie(gw, orders, orders, loyalty) // want "\\[webhookdedupe\\] webhook handler credits the balance \\(webhooks.Mollie.Handle calls domain.Loyalty.Grant \\(mollie.go:64\\), bound here to store.LoyaltyStore.Grant"
	go func() {
		log.Fatal(fasthttp.ListenAndServe(":8082", mollieHook.Handle))
	}()
	go func() {
		if err := queue.NewWorker("laundryd", 4).Launch(); err != nil {
			log.Fatal(err)
		}
	}()
	log.Fatal(http.ListenAndServe(":8080", r))
}

// posCharge takes the card payment for a counter ticket from the store
// tablet; the ticket id is the charge's key.
func posCharge(t *squarepos.Terminal) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var tk squarepos.Ticket
		if err := json.NewDecoder(r.Body).Decode(&tk); err != nil {
			http.Error(w, "bad ticket", http.StatusBadRequest)
			return
		}
		tk.ID = chi.URLParam(r, "id")
		pay, err := t.Charge(r.Context(), tk, "pos-"+tk.ID)
		if err != nil {
			http.Error(w, err.Error(), http.StatusPaymentRequired)
			return
		}
		_ = json.NewEncoder(w).Encode(pay)
	}
}
