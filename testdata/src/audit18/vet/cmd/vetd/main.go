// Command vetd runs the clinic chain's payment backend.
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/gorilla/mux"
	"github.com/hibiken/asynq"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"
	sqclient "github.com/square/square-go-sdk/client"
	"github.com/square/square-go-sdk/option"
	"gorm.io/gorm"

	"audit18/vet/clinic"
	"audit18/vet/frontdesk"
	"audit18/vet/hooks"
	"audit18/vet/openbanking"
	"audit18/vet/plans"
	"audit18/vet/shop"
	"audit18/vet/sigcheck"
	"audit18/vet/store"
)

func mustEnv(k string) string {
	v := os.Getenv(k)
	if v == "" {
		log.Fatalf("vetd: %s is not set", k)
	}
	return v
}

func main() {
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, mustEnv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	gdb, err := gorm.Open(nil)
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	clinicStore := store.NewClinic(pool)
	planStore := store.NewPlans(gdb)
	seen := store.NewSeen(rdb)

	sq := sqclient.NewClient(option.WithToken(mustEnv("SQUARE_TOKEN")))
	ady := adyen.NewClient(&common.Config{ApiKey: mustEnv("ADYEN_API_KEY"), Environment: "LIVE"})
	gcCfg, err := gocardless.NewConfig(mustEnv("GOCARDLESS_TOKEN"))
	if err != nil {
		log.Fatal(err)
	}
	gc, err := gocardless.New(gcCfg)
	if err != nil {
		log.Fatal(err)
	}
	queue := asynq.NewClient(asynq.RedisClientOpt{Addr: os.Getenv("REDIS_ADDR")})
	hc := &http.Client{Timeout: 15 * time.Second}

	desk := frontdesk.New(sq, clinicStore, mustEnv("SQUARE_LOCATION"), frontdesk.WithMaxWait(15*time.Minute))
	webshop := shop.New(ady.Checkout(), clinicStore, mustEnv("ADYEN_MERCHANT"))
	bank := openbanking.New(mustEnv("HALDEN_BASE_URL"), bankToken, openbanking.WithHTTPClient(hc))
	wholesaler := &clinic.Pharmacy{Base: mustEnv("WHOLESALER_URL"), APIKey: mustEnv("WHOLESALER_KEY"), HC: hc}

	h := hooks.New(hooks.Config{
		SquareSignatureKey: mustEnv("SQUARE_SIGNATURE_KEY"),
		SquareNotifyURL:    mustEnv("SQUARE_NOTIFY_URL"),
		AdyenHMACKey:       os.Getenv("ADYEN_HMAC_KEY"),
	}, sq, clinicStore, planStore, seen, wholesaler, queue) // want "\\[webhookack\\] webhook handler calls hooks.Wholesaler.SubmitOrder .* before answering"

	e := echo.New()
	webshop.Routes(e)
	e.POST("/hooks/adyen", h.Adyen)

	gcRouter := mux.NewRouter()
	gcRouter.Handle("/hooks/gocardless", sigcheck.GoCardless(mustEnv("GOCARDLESS_WEBHOOK_SECRET"), http.HandlerFunc(h.GoCardless))).Methods(http.MethodPost)

	root := http.NewServeMux()
	root.HandleFunc("POST /hooks/square", h.Square)
	root.Handle("POST /hooks/halden/events", hooks.BankEvents{Pool: clinicStore.Pool()}) // want "\\[webhookverify\\] payment webhook handler BankEvents.ServeHTTP \\(package audit18/vet/hooks\\) mounted on POST /hooks/halden/events verifies no signature"
	root.Handle("/hooks/gocardless", gcRouter)
	root.Handle("/hooks/adyen", e)
	root.Handle("/shop/", e)
	root.HandleFunc("POST /desk/consultations/{id}/charge", desk.ChargeHandler)
	root.HandleFunc("POST /desk/surgeries/{id}/cancel", desk.CancelSurgeryHandler)
	root.HandleFunc("GET /uk/pay/return", openbanking.ReturnHandler(bank, clinicStore, clinicStore)) // want "\\[redirectfulfill\\] order fulfilled by the success-redirect handler openbanking.ReturnHandler \\(/uk/pay/return\\), which calls openbanking.Confirmer.ConfirmAppointment \\(return.go:36\\)"

	collector := plans.NewCollector(gc, planStore)
	tasks := asynq.NewServeMux()
	collector.Register(tasks)
	tasks.HandleFunc("plans:refund", collector.RefundSurgery)
	worker := asynq.NewServer(asynq.RedisClientOpt{Addr: os.Getenv("REDIS_ADDR")}, asynq.Config{Concurrency: 4})
	go func() {
		if err := worker.Run(tasks); err != nil {
			log.Fatal(err)
		}
	}()

	log.Fatal(http.ListenAndServe(":8080", root))
}

func bankToken(ctx context.Context) (string, error) {
	return os.Getenv("HALDEN_ACCESS_TOKEN"), nil
}
