package lifecycle

import (
	"math"
	"sort"
)

// mannWhitney returns the Mann–Whitney U statistic of x against y (the
// number of pairs with x > y, ties counting ½) and its two-sided p-value.
// Without ties and for groups up to 60 the p-value is exact (the null
// distribution is counted, not approximated: at p ≈ 0.001 the normal
// approximation is poor for ten samples); otherwise it uses the normal
// approximation with tie correction and continuity correction.
func mannWhitney(x, y []float64) (u, p float64) {
	m, n := len(x), len(y)
	if m == 0 || n == 0 {
		return 0, 1
	}
	type obs struct {
		v     float64
		fromX bool
	}
	all := make([]obs, 0, m+n)
	for _, v := range x {
		all = append(all, obs{v, true})
	}
	for _, v := range y {
		all = append(all, obs{v, false})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v < all[j].v })
	// Mid-ranks, and the tie correction term Σ(t³ - t).
	rankSumX, tieTerm, ties := 0.0, 0.0, false
	for i := 0; i < len(all); {
		j := i
		for j < len(all) && all[j].v == all[i].v {
			j++
		}
		mid := float64(i+j+1) / 2 // ranks i+1..j
		if t := float64(j - i); t > 1 {
			ties = true
			tieTerm += t*t*t - t
		}
		for k := i; k < j; k++ {
			if all[k].fromX {
				rankSumX += mid
			}
		}
		i = j
	}
	u = rankSumX - float64(m*(m+1))/2
	if !ties && m <= 60 && n <= 60 {
		return u, exactTwoSided(m, n, u)
	}
	mu := float64(m*n) / 2
	N := float64(m + n)
	sigma := math.Sqrt(float64(m*n) / 12 * ((N + 1) - tieTerm/(N*(N-1))))
	if sigma == 0 {
		return u, 1
	}
	z := (math.Abs(u-mu) - 0.5) / sigma
	if z < 0 {
		z = 0
	}
	return u, math.Min(1, math.Erfc(z/math.Sqrt2))
}

// exactTwoSided is 2·min(P(U ≤ u), P(U ≥ u)) under the null hypothesis,
// from the count of arrangements giving each U: c(i, j, k) = c(i-1, j,
// k-j) + c(i, j-1, k) (the largest of i+j values is either an x, beating
// all j y's, or a y).
func exactTwoSided(m, n int, u float64) float64 {
	maxU := m * n
	// prev[j][k] is c(i-1, j, k); cur[j][k] is c(i, j, k).
	prev := make([][]float64, n+1)
	for j := range prev {
		prev[j] = make([]float64, maxU+1)
		prev[j][0] = 1 // c(0, j, 0) = 1
	}
	for i := 1; i <= m; i++ {
		cur := make([][]float64, n+1)
		for j := 0; j <= n; j++ {
			cur[j] = make([]float64, maxU+1)
			for k := 0; k <= i*j; k++ {
				v := 0.0
				if k >= j {
					v += prev[j][k-j]
				}
				if j > 0 {
					v += cur[j-1][k]
				}
				cur[j][k] = v
			}
		}
		prev = cur
	}
	counts := prev[n]
	total := 0.0
	for _, c := range counts {
		total += c
	}
	k := int(math.Round(u))
	lower, upper := 0.0, 0.0
	for i, c := range counts {
		if i <= k {
			lower += c
		}
		if i >= k {
			upper += c
		}
	}
	return math.Min(1, 2*math.Min(lower, upper)/total)
}

// hodgesLehmann is the median of all pairwise differences x_i - y_j: the
// shift between the two groups, robust to outliers.
func hodgesLehmann(x, y []float64) float64 {
	d := make([]float64, 0, len(x)*len(y))
	for _, a := range x {
		for _, b := range y {
			d = append(d, a-b)
		}
	}
	return median(d)
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
