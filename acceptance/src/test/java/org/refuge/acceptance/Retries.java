package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** What a retry test does: send one request six times at the same moment, then check it took effect once. */
final class Retries {

    private Retries() {
    }

    /** Six copies of a request released at the same moment (a double click, a client's retries), in sending order. */
    static List<HttpResponse<String>> sixAtOnce(Callable<HttpResponse<String>> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sent.add(clients.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            clients.shutdown();
        }
    }

    /** At least one answer is {@code success}; every other is the same success or a 409 that says why (never a 5xx). */
    static void onceAndClearOtherwise(List<HttpResponse<String>> answers, int success) {
        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
        assertThat(statuses).as(statuses + " " + answers.stream().map(HttpResponse::body).toList())
                .allSatisfy(status -> assertThat(status).isIn(success, 409)).contains(success);
        answers.stream().filter(a -> a.statusCode() == 409)
                .forEach(a -> assertThat(Api.json(a).get("detail").asText()).as(a.body()).isNotBlank());
    }
}
