package it.fsr.piano.fundmap;

import it.fsr.core.money.Euro;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fund map's last step: the default assignment rerouted along augmenting paths until no line's money left can
 * reach a cost still uncovered (a maximum flow from lines to services, the earlier assignment its starting flow).
 * A path runs from a line with money left to a service it may fund, then — when that service is already funded by
 * another line's default money — back to that line and on to another service, until a service that still lacks
 * money: along it the amount moves one step, and every service covered stays covered. Breadth first (the shortest
 * chain, so the fewest moves), lines tried in the order their windows close and services by id: the same map every
 * run. Fixed assignments are not part of the flow and never move. Stateless.
 */
final class Reroute {
    private Reroute() {
    }

    /**
     * The default assignments, rerouted.
     *
     * @param lines    the lines' money in the order their windows close
     * @param services the services
     * @param assigned the default assignments so far
     * @param left     each line's money left (updated)
     * @param lacking  what each service still lacks (updated)
     */
    static List<FundMap.Assignment> maximise(List<FundMap.Line> lines, List<FundMap.Service> services, List<FundMap.Assignment> assigned,
            Map<String, Long> left, Map<String, Long> lacking) {
        int nl = lines.size();
        int ns = services.size();
        Map<String, Integer> li = new LinkedHashMap<>();
        Map<String, Integer> si = new LinkedHashMap<>();
        for (int i = 0; i < nl; i++) {
            li.put(lines.get(i).key(), i);
        }
        for (int j = 0; j < ns; j++) {
            si.put(services.get(j).key(), j);
        }
        long[][] flow = new long[nl][ns];
        for (FundMap.Assignment a : assigned) {
            flow[li.get(a.line().key())][si.get(a.service().key())] += a.amount().cents();
        }
        boolean[][] may = new boolean[nl][ns];
        for (int i = 0; i < nl; i++) {
            for (int j = 0; j < ns; j++) {
                may[i][j] = lines.get(i).mayFund(services.get(j));
            }
        }
        while (augment(lines, services, flow, may, left, lacking)) {
            // each path moves money to a service that lacked it: the total covered grows, bounded by the lines' money
        }
        List<FundMap.Assignment> out = new ArrayList<>();
        for (int i = 0; i < nl; i++) {
            for (int j = 0; j < ns; j++) {
                if (flow[i][j] > 0) {
                    out.add(new FundMap.Assignment(lines.get(i), services.get(j), Euro.ofCents(flow[i][j])));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt((FundMap.Assignment a) -> a.service().year()).thenComparing(a -> li.get(a.line().key())));
        return out;
    }

    /** One shortest augmenting path, applied; false when there is none. */
    private static boolean augment(List<FundMap.Line> lines, List<FundMap.Service> services, long[][] flow, boolean[][] may,
            Map<String, Long> left, Map<String, Long> lacking) {
        int nl = lines.size();
        int ns = services.size();
        int[] lineFrom = new int[nl];   // the service a line was reached from (−1: a source, −2: not reached)
        int[] serviceFrom = new int[ns]; // the line a service was reached from (−1: not reached)
        Arrays.fill(lineFrom, -2);
        Arrays.fill(serviceFrom, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < nl; i++) {
            if (left.get(lines.get(i).key()) > 0) {
                lineFrom[i] = -1;
                queue.add(i);
            }
        }
        int sink = -1;
        while (!queue.isEmpty() && sink < 0) {
            int i = queue.poll();
            for (int j = 0; j < ns && sink < 0; j++) {
                if (!may[i][j] || serviceFrom[j] >= 0) {
                    continue;
                }
                serviceFrom[j] = i;
                if (lacking.get(services.get(j).key()) > 0) {
                    sink = j;
                    break;
                }
                for (int k = 0; k < nl; k++) {
                    if (lineFrom[k] == -2 && flow[k][j] > 0) {
                        lineFrom[k] = j;
                        queue.add(k);
                    }
                }
            }
        }
        if (sink < 0) {
            return false;
        }
        long amount = lacking.get(services.get(sink).key());
        int j = sink;
        int i = serviceFrom[j];
        while (true) {
            int back = lineFrom[i];
            if (back == -1) {
                amount = Math.min(amount, left.get(lines.get(i).key()));
                break;
            }
            amount = Math.min(amount, flow[i][back]);
            j = back;
            i = serviceFrom[j];
        }
        j = sink;
        i = serviceFrom[j];
        lacking.merge(services.get(sink).key(), -amount, Long::sum);
        while (true) {
            flow[i][j] += amount;
            int back = lineFrom[i];
            if (back == -1) {
                left.merge(lines.get(i).key(), -amount, Long::sum);
                return true;
            }
            flow[i][back] -= amount;
            j = back;
            i = serviceFrom[j];
        }
    }
}
