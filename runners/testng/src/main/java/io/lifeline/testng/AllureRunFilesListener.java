package io.lifeline.testng;

import io.lifeline.reports.allure.AllureRunFiles;
import io.qameta.allure.util.PropertiesUtils;
import java.nio.file.Path;
import org.testng.IExecutionListener;

/**
 * At the end of a TestNG run that sent lifeline results to Allure, writes {@code categories.json} and
 * {@code environment.properties} into Allure's results folder ({@code allure.results.directory}), as the JUnit
 * Platform adapter does. Registered through TestNG's ServiceLoader; inert in runs without Allure.
 */
public final class AllureRunFilesListener implements IExecutionListener {

  @Override
  public void onExecutionFinish() {
    var backends = AllureBridge.backends();
    if (!backends.isEmpty()) {
      AllureRunFiles.write(Path.of(PropertiesUtils.loadAllureProperties()
          .getProperty("allure.results.directory", "allure-results")), backends);
    }
  }
}
