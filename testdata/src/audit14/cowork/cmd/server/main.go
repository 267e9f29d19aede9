// Command server runs the coworking backend.
package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/plutov/paypal/v4"
	"github.com/redis/go-redis/v9"
	"github.com/stripe/stripe-go/v82"
	"gorm.io/gorm"

	"audit14/cowork/access"
	"audit14/cowork/bankpay"
	"audit14/cowork/cards"
	"audit14/cowork/corporate"
	"audit14/cowork/daypass"
	"audit14/cowork/members"
	"audit14/cowork/store"
	"audit14/cowork/webhooks"
)

type postgres struct{ dsn string }

func (postgres) Name() string { return "postgres" }

func adminOnly(token string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") != "Bearer "+token {
				http.Error(w, "forbidden", http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

func every(ctx context.Context, d time.Duration, name string, fn func(context.Context) error) {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := fn(ctx); err != nil {
				log.Printf("%s: %v", name, err)
			}
		}
	}
}

func main() {
	ctx := context.Background()
	stripe.Key = os.Getenv("STRIPE_SECRET_KEY")

	db, err := gorm.Open(postgres{dsn: os.Getenv("DATABASE_URL")})
	if err != nil {
		log.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})

	bookings := store.NewBookings(db)
	memberStore := store.NewMembers(pool)
	eventLog := store.NewEventLog(rdb, 72*time.Hour)

	gcCfg, err := gocardless.NewConfig(os.Getenv("GOCARDLESS_TOKEN"))
	if err != nil {
		log.Fatal(err)
	}
	gc, err := gocardless.New(gcCfg)
	if err != nil {
		log.Fatal(err)
	}
	pp, err := paypal.NewClient(os.Getenv("PAYPAL_CLIENT_ID"), os.Getenv("PAYPAL_SECRET"), os.Getenv("PAYPAL_API_BASE"))
	if err != nil {
		log.Fatal(err)
	}
	bank := bankpay.New(os.Getenv("BANK_API"), os.Getenv("BANK_TOKEN"), bankpay.WithAttempts(3))

	doors := access.NewDoors(os.Getenv("DOORS_API"), os.Getenv("DOORS_KEY"))
	calendar := access.NewCalendar(os.Getenv("CALENDAR_API"), os.Getenv("CALENDAR_TOKEN"))
	referrals := members.NewReferrals(pool)
	collector := corporate.NewCollector(bank, memberStore, 10*time.Minute)
	billing := members.NewBilling(gc, memberStore)

	stripeHook := webhooks.NewStripe(os.Getenv("STRIPE_WEBHOOK_SECRET"), eventLog, bookings, memberStore, calendar)
	gcHook := webhooks.NewGoCardless(os.Getenv("GOCARDLESS_WEBHOOK_SECRET"), members.NewEvents(memberStore), doors) // want "\\[webhookack\\] webhook handler calls webhooks.DoorProvisioner.Provision \\(gocardless.go:67, in webhooks.GoCardless.ServeHTTP\\), bound here to access.Doors.Provision, which retries through platform.Retry a callback that calls an external API"
	pages := cards.NewPages(bookings)

	r := chi.NewRouter()
	r.Get("/bookings/{id}/complete", pages.Complete)
	r.Post("/webhooks/gocardless", gcHook.ServeHTTP)
	r.Route("/admin", func(r chi.Router) {
		r.Use(adminOnly(os.Getenv("ADMIN_TOKEN")))
		r.Post("/invoices/{number}/settle", func(w http.ResponseWriter, r *http.Request) {
			if err := collector.SettleInvoice(r.Context(), chi.URLParam(r, "number")); err != nil {
				http.Error(w, err.Error(), http.StatusBadGateway)
				return
			}
			w.WriteHeader(http.StatusAccepted)
		})
		r.Post("/invoices/{number}/collect", func(w http.ResponseWriter, r *http.Request) {
			number := chi.URLParam(r, "number")
			go func() {
				if err := collector.CollectOverdue(context.Background(), number); err != nil {
					log.Printf("collect %s: %v", number, err)
				}
			}()
			w.WriteHeader(http.StatusAccepted)
		})
		r.Post("/invoices/{number}/reconcile", func(w http.ResponseWriter, r *http.Request) {
			var body struct {
				TransferID string `json:"transfer_id"`
			}
			if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			go collector.Reconcile(context.Background(), chi.URLParam(r, "number"), body.TransferID)
			w.WriteHeader(http.StatusAccepted)
		})
		r.Post("/memberships/{id}/setup-fee", func(w http.ResponseWriter, r *http.Request) {
			m, err := memberStore.Membership(r.Context(), chi.URLParam(r, "id"))
			if err != nil {
				http.NotFound(w, r)
				return
			}
			paymentID, err := billing.ChargeSetupFee(r.Context(), m)
			if err != nil {
				http.Error(w, err.Error(), http.StatusBadGateway)
				return
			}
			go func() {
				if err := billing.WaitConfirmed(context.Background(), paymentID); err != nil {
					log.Printf("setup fee %s: %v", paymentID, err)
					return
				}
				_ = doors.Provision(context.Background(), m.MemberID)
			}()
			w.WriteHeader(http.StatusAccepted)
		})
		r.Post("/referrals/{member}/credit", func(w http.ResponseWriter, r *http.Request) {
			if err := referrals.Credit(r.Context(), chi.URLParam(r, "member")); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			w.WriteHeader(http.StatusNoContent)
		})
	})

	mux := http.NewServeMux()
	mux.Handle("POST /webhooks/stripe", stripeHook)
	mux.Handle("/", r)

	g := gin.New()
	checkout := daypass.NewCheckout(pp, memberStore, "25.00", os.Getenv("PUBLIC_URL"))
	ppHook := daypass.NewWebhook(pp, os.Getenv("PAYPAL_WEBHOOK_ID"), memberStore, referrals) // want "\\[webhookdedupe\\] webhook handler credits the balance \\(daypass.Webhook.Notify calls daypass.Crediter.Credit \\(webhook.go:74\\), bound here to members.Referrals.Credit"
	g.POST("/daypass/checkout", checkout.Start)
	g.GET("/daypass/return", checkout.Return)
	g.POST("/webhooks/paypal", ppHook.Notify)

	refunds := cards.NewRefundWorker(bookings)
	noShows := cards.NewNoShowWorker(bookings, func(memberID string) (string, string) {
		return "cus_" + memberID, "pm_default"
	})
	go every(ctx, 5*time.Minute, "refunds", refunds.Run)
	go every(ctx, 15*time.Minute, "no-shows", noShows.Run)
	go func() {
		_ = access.WatchOccupancy(ctx, os.Getenv("SENSOR_HUB"), func(o access.Occupancy) {
			log.Printf("occupancy %s: %d/%d", o.Floor, o.People, o.Capacity)
		})
	}()

	go func() { log.Fatal(g.Run(":8081")) }()
	log.Fatal(http.ListenAndServe(":8080", mux))
}
