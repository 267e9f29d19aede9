// Command server runs the telehealth and pharmacy backend.
package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"net/smtp"
	"os"
	"os/signal"
	"time"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"github.com/redis/go-redis/v9"
	"gorm.io/gorm"

	"audit10/pharmacy/adyenpay"
	"audit10/pharmacy/checkout"
	"audit10/pharmacy/claims"
	"audit10/pharmacy/clinic"
	"audit10/pharmacy/consult"
	"audit10/pharmacy/razorpayx"
	"audit10/pharmacy/refills"
	"audit10/pharmacy/signing"
	"audit10/pharmacy/store"
	"audit10/pharmacy/webhooks"
)

func main() {
	env := os.Getenv
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	db, err := sqlx.Connect("pgx", env("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, env("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	gdb, err := gorm.Open(postgresDialector(env("DATABASE_URL")))
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: env("REDIS_ADDR")})
	st := store.New(db, pool)

	msg := clinic.NewMessaging(env("SMS_URL"), env("SMS_TOKEN"), env("SMTP_ADDR"),
		"care@medirx.example", smtp.PlainAuth("", env("SMTP_USER"), env("SMTP_PASS"), env("SMTP_HOST")))
	erx := clinic.NewERx(env("ERX_URL"))
	wholesaler := clinic.NewWholesaler(env("WHOLESALER_URL"), env("WHOLESALER_KEY"))
	labs := clinic.NewLabs(env("LAB_URL"))

	rz := razorpayx.New(env("RAZORPAY_KEY_ID"), env("RAZORPAY_KEY_SECRET"))
	ady := adyenpay.New(env("ADYEN_API_KEY"), env("ADYEN_MERCHANT"))
	claimsClient := claims.NewClient(env("CLAIMS_URL"), env("COPAY_PAYMENTS_URL"), env("CLAIMS_TOKEN"))

	consults := consult.NewService(st, rz, ady, msg)
	sendLink := func(ctx context.Context, orderID, url string) error {
		o, err := st.RxOrder(ctx, orderID)
		if err != nil {
			return err
		}
		p, err := st.Patient(ctx, o.PatientID)
		if err != nil {
			return err
		}
		return msg.SendEmail(ctx, p.Email, "Your prescription is ready for payment", url)
	}
	pharmacy := consult.NewPharmacy(st, rz, ady, sendLink, claimsClient, erx)
	refillSvc, err := refills.NewService(gdb, wholesaler, erx,
		refills.WithMollie(env("MOLLIE_API_TOKEN")),
		refills.WithSquare(env("SQUARE_TOKEN"), env("SQUARE_LOCATION")))
	if err != nil {
		log.Fatal(err)
	}
	mollieRead, err := mollie.NewClient(&http.Client{Timeout: 10 * time.Second}, mollie.NewAPIConfig(false))
	if err != nil {
		log.Fatal(err)
	}

	r := chi.NewRouter()
	r.Use(requestLog)
	r.Method(http.MethodPost, "/hooks/razorpay", webhooks.NewRazorpay(env("RAZORPAY_WEBHOOK_SECRET"), st, consults, msg))
	r.Post("/hooks/adyen", webhooks.NewAdyen(env("ADYEN_HMAC_KEY"), consults).Notify)         // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(webhooks.Adyen.Notify calls domain.ConsultationPayments.MarkConsultationPaid" "\\[webhookack\\] webhook handler calls domain.ConsultationPayments.MarkConsultationPaid \\(adyen.go:50, in webhooks.Adyen.Notify\\)"
	r.Method(http.MethodPost, "/hooks/mollie", webhooks.NewMollie(mollieRead, st, refillSvc)) // want "\\[webhookack\\] webhook handler calls domain.RefillActivator.ActivateRefill \\(mollie.go:61, in webhooks.Mollie.ServeHTTP\\), bound here to refills.Service.ActivateRefill, which calls clinic.Wholesaler.Reserve"
	r.Post("/hooks/square", webhooks.NewSquare(st, refillSvc).Handle)                         // want "\\[webhookverify\\] payment webhook handler webhooks.NewSquare\\(st, refillSvc\\).Handle .* mounted on POST /hooks/square verifies no signature"
	insurer := webhooks.NewClaims(st)
	r.With(signing.HMACMiddleware("X-Insurer-Signature", []byte(env("INSURER_HOOK_KEY")))).
		Post("/hooks/insurer", insurer.Adjudicated)

	r.Post("/consultations/{id}/cancel", func(w http.ResponseWriter, req *http.Request) {
		id := chi.URLParam(req, "id")
		if err := consults.Cancel(req.Context(), id, "cancel-"+id); err != nil {
			http.Error(w, err.Error(), http.StatusConflict)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	r.Post("/consultations/{id}/payment", func(w http.ResponseWriter, req *http.Request) {
		if err := consults.ConfirmWidgetPayment(req.Context(), chi.URLParam(req, "id"), req.FormValue("razorpay_payment_id")); err != nil {
			http.Error(w, "payment not captured", http.StatusPaymentRequired)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	r.Post("/consultations/{id}/accept", func(w http.ResponseWriter, req *http.Request) {
		if err := consults.Accept(req.Context(), chi.URLParam(req, "id")); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	r.Post("/rx/{id}/paylink", func(w http.ResponseWriter, req *http.Request) {
		id := chi.URLParam(req, "id")
		go func() {
			if err := pharmacy.CollectByLink(context.WithoutCancel(req.Context()), id); err != nil {
				log.Printf("paylink rx %s: %v", id, err)
			}
		}()
		w.WriteHeader(http.StatusAccepted)
	})
	r.Post("/rx/{id}/insured", func(w http.ResponseWriter, req *http.Request) {
		id := chi.URLParam(req, "id")
		q := req.URL.Query()
		go func() {
			if err := pharmacy.SettleInsured(context.WithoutCancel(req.Context()), id, q.Get("member"), q.Get("ndc"), q.Get("method")); err != nil {
				log.Printf("insured rx %s: %v", id, err)
			}
		}()
		w.WriteHeader(http.StatusAccepted)
	})
	r.Post("/prescriptions", func(w http.ResponseWriter, req *http.Request) {
		var p clinic.Prescription
		if err := json.NewDecoder(req.Body).Decode(&p); err != nil {
			http.Error(w, "bad prescription", http.StatusBadRequest)
			return
		}
		if err := erx.Send(req.Context(), p); err != nil {
			http.Error(w, "pharmacy unreachable", http.StatusBadGateway)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	})

	refillPages := refills.NewHTTP(refillSvc)
	refillMux := http.NewServeMux()
	refillMux.HandleFunc("GET /refills/return", refillPages.Return)
	refillMux.HandleFunc("GET /refills/{id}/status", refillPages.Status)
	r.Mount("/refills", refillMux)

	g := gin.New()
	checkout.New(consults, pharmacy, rz, ady, env("ADYEN_LINK_HMAC_KEY")).Register(g)

	console := echo.New()
	console.GET("/labs/:id", func(c echo.Context) error {
		lctx, cancel := context.WithTimeout(c.Request().Context(), 90*time.Second)
		defer cancel()
		res, err := labs.WaitResult(lctx, c.Param("id"))
		if err != nil {
			return c.NoContent(http.StatusGatewayTimeout)
		}
		return c.JSON(http.StatusOK, res)
	})

	go runWorkers(ctx, st, refillSvc, wholesaler, clinic.NewReminders(rdb, msg))
	go func() { log.Fatal(g.Run(":8081")) }()
	go func() { log.Fatal(console.Start(":8082")) }()
	srv := &http.Server{Addr: ":8080", Handler: r, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}

func requestLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		log.Printf("%s %s %s", r.Method, r.URL.Path, time.Since(start))
	})
}
