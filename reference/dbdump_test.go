package reference_test

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver, for Postgres-backed tests

	"github.com/authcheck/authcheck/reference"
)

// postgresOf maps a data directory to the Postgres URL its server uses
// (recorded by env.boot), so that the helpers below read the right store.
var postgresOf sync.Map

// openTestDB opens the database of the server on dataDir, read-only.
func openTestDB(t *testing.T, dataDir string) *sql.DB {
	t.Helper()
	var db *sql.DB
	var err error
	if u, ok := postgresOf.Load(dataDir); ok {
		db, err = sql.Open("pgx", u.(string))
	} else {
		db, err = sql.Open("sqlite", filepath.Join(dataDir, reference.DefaultDBName)+"?_pragma=query_only(1)&_pragma=busy_timeout(5000)")
	}
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// dbDump returns every text and blob value of every table, for tests that
// check what is (and is not) stored.
func dbDump(t *testing.T, dataDir string) string {
	t.Helper()
	db := openTestDB(t, dataDir)
	defer db.Close()
	var b strings.Builder
	tables := []string{"users", "sessions", "refresh_tokens", "api_keys", "password_resets", "notes", "events"}
	for _, table := range tables {
		rows, err := db.Query("SELECT * FROM " + table)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for _, v := range vals {
				switch x := v.(type) {
				case []byte:
					fmt.Fprintf(&b, "%s|%x|", x, x)
				default:
					fmt.Fprintf(&b, "%v|", x)
				}
			}
			b.WriteString("\n")
		}
		rows.Close()
	}
	return b.String()
}

// countRows counts rows of "table [WHERE ...]".
func countRows(t *testing.T, dataDir, tableAndWhere string) int {
	t.Helper()
	db := openTestDB(t, dataDir)
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT COUNT(*) FROM " + tableAndWhere).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
