package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo supervisor sets up assistance on the screens: a weekly food-parcel rule for households in camps, then its
 * next version (the history shows both), and a delivery of food parcels from the state reserve received at the camp,
 * which the camp's balance shows.
 */
@ExtendWith(ArquillianExtension.class)
class AssistanceSetupBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    @Test
    void theSupervisor_createsAnEntitlement_revisesIt_andRecordsAStockReceipt() {
        String rule = "FOOD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("assistance/entitlements.xhtml"));
                browser.signIn("supervisor");
                browser.open(url("assistance/entitlements.xhtml"));
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("rules-form:new-rule"))).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("rule-form:code"))).sendKeys(rule);
                browser.choose("rule-form:item", "Food parcel (pieces)");
                browser.choose("rule-form:per", "per household");
                driver.findElement(By.id("rule-form:bands")).sendKeys("1-2=1; 3-5=2; 6+=3");
                browser.choose("rule-form:period", "weekly");
                browser.choose("rule-form:partner", "State material reserve");
                browser.screenshot("assistance-entitlement-new");
                driver.findElement(By.id("rule-form:save-rule")).click();
                WebElement row = browser.waiting().until(d -> ruleRow(d, rule));
                assertThat(row.getText()).contains("v1", "Food parcel", "1-2=1; 3-5=2; 6+=3", "per household", "weekly", "in a camp");
                browser.screenshot("assistance-entitlements");

                row.findElement(By.cssSelector("[id$=':revise']")).click();
                WebElement quantity = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("rule-form:quantity")));
                driver.findElement(By.id("rule-form:bands")).clear();
                quantity.sendKeys("2");
                driver.findElement(By.id("rule-form:save-rule")).click();
                browser.waiting().until(d -> {
                    WebElement revised = ruleRow(d, rule);
                    return revised != null && revised.getText().contains("v2") ? revised : null;
                }).findElement(By.cssSelector("[id$=':history']")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("versions")));
                browser.waiting().until(d -> d.findElements(By.cssSelector("[id='versions_data'] tr")).size() == 2);
                browser.screenshot("assistance-entitlement-history");

                browser.open(url("assistance/stock.xhtml?site=CAMP-ARARAT-1"));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-form:quantity")));
                browser.choose("receipt-form:item", "Food parcel (pieces)");
                browser.choose("receipt-form:partner", "State material reserve");
                driver.findElement(By.id("receipt-form:quantity")).sendKeys("40");
                driver.findElement(By.id("receipt-form:note")).sendKeys("Truck from the state reserve");
                driver.findElement(By.id("receipt-form:receive")).click();
                browser.waiting().until(d -> d.findElement(By.id("entries-form:entries")).getText().contains("Truck from the state reserve"));
                assertThat(driver.findElement(By.id("balances-form:balances")).getText()).contains("Food parcel", "State material reserve");
                browser.screenshot("assistance-stock");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("assistance-setup");
                throw e;
            }
        }
    }

    /** The row of the rules table that shows this rule, or null. */
    private static WebElement ruleRow(WebDriver driver, String rule) {
        return driver.findElements(By.cssSelector("[id='rules-form:rules_data'] tr")).stream()
                .filter(r -> r.getText().contains(rule)).findFirst().orElse(null);
    }
}
